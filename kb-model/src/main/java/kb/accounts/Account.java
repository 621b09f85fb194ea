package kb.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account: who they are, how they sign in, which language they read, and which roles
 * they hold. It also guards itself against password guessing: after {@link #MAX_FAILURES} failed
 * sign-ins it locks for {@link #LOCK_DURATION}. The lock lives in the database, so it holds on
 * every node of a cluster.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.byUsername",
    query = "select a from Account a where a.usernameKey = :key")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.emailKey = :key")
@NamedQuery(
    name = "Account.search",
    query =
        "select a from Account a where a.usernameKey like :q or a.emailKey like :q"
            + " order by a.usernameKey")
@NamedQuery(
    name = "Account.countWithRole",
    query = "select count(a) from Account a join a.roles r where r = :role")
public class Account {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_ids")
  @TableGenerator(
      name = "account_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "account",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String username;

  @Column(name = "username_key", nullable = false, unique = true)
  private String usernameKey;

  @Column(nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String locale;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.of(Role.MEMBER);

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Version private long version;

  protected Account() {}

  public Account(
      String username, String email, String passwordHash, String locale, OffsetDateTime createdAt) {
    this.username = Objects.requireNonNull(username);
    this.usernameKey = key(username);
    this.displayName = username;
    changeEmail(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.locale = Objects.requireNonNull(locale);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** The case-insensitive form usernames and e-mail addresses are unique by. */
  public static String key(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void revoke(Role role) {
    if (role == Role.MEMBER) {
      throw new IllegalArgumentException("every account stays a member");
    }
    roles.remove(role);
  }

  public void changeProfile(String displayName, String email, String locale) {
    this.displayName = Objects.requireNonNull(displayName);
    changeEmail(email);
    this.locale = Objects.requireNonNull(locale);
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  private void changeEmail(String email) {
    this.email = Objects.requireNonNull(email);
    this.emailKey = key(email);
  }

  public boolean isLocked(OffsetDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed sign-in; the {@value #MAX_FAILURES}th in a row locks the account. */
  public void recordFailedLogin(OffsetDateTime now) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedLogins = 0;
      lockedUntil = null;
    }
    failedLogins++;
    if (failedLogins >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK_DURATION);
    }
  }

  public void recordSuccessfulLogin(OffsetDateTime now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String locale() {
    return locale;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public OffsetDateTime lastLoginAt() {
    return lastLoginAt;
  }

  public OffsetDateTime lockedUntil() {
    return lockedUntil;
  }

  public long version() {
    return version;
  }
}
