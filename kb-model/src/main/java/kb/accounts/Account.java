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
 * they hold. It also slows password guessing down: after {@link #FREE_FAILURES} failed sign-ins in
 * a row each further attempt must wait, twice as long after each failure, up to {@link #MAX_DELAY}.
 * The owner is not locked out by someone else's guessing: a sign-in from the browser or the address
 * the account last signed in from is not made to wait (see {@code AccountService.authenticate}).
 * The delay lives in the database, so it holds on every node.
 *
 * <p>The session epoch counts the changes that must end open sessions on their next request (a new
 * password, a role granted or revoked, "sign out everywhere").
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.byUsername",
    query = "select a from Account a where a.usernameKey = :key")
@NamedQuery(
    name = "Account.sessionEpoch",
    query = "select a.sessionEpoch from Account a where a.usernameKey = :key")
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

  public static final int FREE_FAILURES = 5;
  public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

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

  @Column(name = "session_epoch", nullable = false)
  private long sessionEpoch;

  @Column(name = "device_token")
  private String deviceToken;

  @Column(name = "known_address")
  private String knownAddress;

  /** When the owner proved the address is theirs; null while a confirmation is pending. */
  @Column(name = "email_verified_at")
  private OffsetDateTime emailVerifiedAt;

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
    this.emailVerifiedAt = createdAt;
  }

  /** The address must be confirmed (by a mailed link) before the account posts. */
  void awaitEmailConfirmation() {
    this.emailVerifiedAt = null;
  }

  void confirmEmail(OffsetDateTime at) {
    this.emailVerifiedAt = at;
  }

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  /** The case-insensitive form usernames and e-mail addresses are unique by. */
  public static String key(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  public void grant(Role role) {
    if (roles.add(role)) {
      sessionEpoch++;
    }
  }

  public void revoke(Role role) {
    if (role == Role.MEMBER) {
      throw new IllegalArgumentException("every account stays a member");
    }
    if (roles.remove(role)) {
      sessionEpoch++;
    }
  }

  public void changeProfile(String displayName, String email, String locale) {
    this.displayName = Objects.requireNonNull(displayName);
    changeEmail(email);
    this.locale = Objects.requireNonNull(locale);
  }

  /** A new password ends every open session and forgets the trusted browser and address. */
  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.deviceToken = null;
    this.knownAddress = null;
    sessionEpoch++;
  }

  /** Replaces the stored hash with a stronger one of the same password; sessions stay. */
  public void rehash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  /** Ends every open session of this account on its next request, on every node. */
  public void signOutEverywhere() {
    sessionEpoch++;
  }

  private void changeEmail(String email) {
    this.email = Objects.requireNonNull(email);
    this.emailKey = key(email);
  }

  /** Whether a sign-in that is not trusted must wait until {@link #throttledUntil()}. */
  public boolean isThrottled(OffsetDateTime now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed sign-in. From the {@value #FREE_FAILURES}th in a row on, the next untrusted
   * attempt waits {@link #FIRST_DELAY}, doubled with each further failure, at most {@link
   * #MAX_DELAY}.
   */
  public void recordFailedLogin(OffsetDateTime now) {
    failedLogins++;
    if (failedLogins >= FREE_FAILURES) {
      lockedUntil = now.plus(delayAfter(failedLogins));
    }
  }

  static Duration delayAfter(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  /**
   * Remembers a successful sign-in: resets the failures, and trusts the browser (its device token)
   * and the address (a digest, not the address itself) for the next time the account is under
   * attack.
   */
  public void recordSuccessfulLogin(OffsetDateTime now, String addressDigest) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
    knownAddress = addressDigest;
    if (deviceToken == null) {
      deviceToken = Tokens.random();
    }
  }

  /** Whether a sign-in from this browser or address skips the delay that guessing caused. */
  public boolean trusts(String presentedDeviceToken, String addressDigest) {
    return (deviceToken != null && Tokens.same(deviceToken, presentedDeviceToken))
        || (knownAddress != null && knownAddress.equals(addressDigest));
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

  public OffsetDateTime throttledUntil() {
    return lockedUntil;
  }

  public long sessionEpoch() {
    return sessionEpoch;
  }

  public String deviceToken() {
    return deviceToken;
  }

  public String knownAddressDigest() {
    return knownAddress;
  }

  public long version() {
    return version;
  }
}
