package kb.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.shared.validation.Text;

/** The use cases of accounts: register, sign in, edit the profile, grant and revoke roles. */
@ApplicationScoped
@Transactional
public class AccountService {

  /** OWASP's Password Storage Cheat Sheet for PBKDF2-HMAC-SHA256 (2023); older hashes upgrade. */
  static final int HASH_ITERATIONS = 600_000;

  private static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", String.valueOf(HASH_ITERATIONS),
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;
  @Inject Access access;
  @Inject AuditLog audit;

  private volatile String decoyHash;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(HASH_PARAMETERS);
  }

  public AccountView register(Registration registration) {
    return register(registration, false);
  }

  /**
   * Registers an account; with {@code confirmEmail} it may not post until its owner opens the link
   * {@link EmailVerifications} mails (the web tier asks for it when mail is on and the request does
   * not come from this machine).
   */
  public AccountView register(Registration registration, boolean confirmEmail) {
    String username = AccountRules.username(registration.username());
    String email = AccountRules.email(registration.email());
    String password = AccountRules.password(registration.password(), username, email);
    String locale = AccountRules.locale(registration.locale());
    if (findEntity(username).isPresent()) {
      throw new InvalidInput("username", "account.username.taken");
    }
    if (findByEmail(email).isPresent()) {
      throw new InvalidInput("email", "account.email.taken");
    }
    Account account = new Account(username, email, hash(password), locale, now());
    if (confirmEmail) {
      account.awaitEmailConfirmation();
    }
    em.persist(account);
    em.flush();
    audit.record(AuditKind.REGISTERED, username, username, null, null);
    return AccountView.of(account);
  }

  /**
   * Checks a username and password. Failures are committed (they count towards the delay), so this
   * method reports the outcome instead of throwing. Unknown usernames, wrong passwords and
   * throttled accounts cost the same hash and report nothing that tells them apart.
   */
  public LoginOutcome authenticate(String rawUsername, String password, SignInClient client) {
    String username = Text.clean(rawUsername);
    if (!AccountRules.USERNAME.matcher(username).matches()) {
      // No account can have this name; the answer reveals nothing worth a decoy hash.
      audit.record(AuditKind.SIGN_IN_FAILED, null, null, client.address(), "no such account");
      return new LoginOutcome.Invalid();
    }
    Optional<Account> found = findEntity(username);
    if (found.isEmpty() || password == null) {
      decoy(password);
      // the name typed is not written: it may be a password typed in the wrong field
      audit.record(
          AuditKind.SIGN_IN_FAILED,
          null,
          found.map(Account::username).orElse(null),
          client.address(),
          found.isEmpty() ? "no such account" : "no password");
      return new LoginOutcome.Invalid();
    }
    Account account = found.get();
    OffsetDateTime now = now();
    String address = Tokens.digest(client.address());
    if (!account.trusts(client.deviceToken(), address) && account.isThrottled(now)) {
      decoy(password);
      audit.record(
          AuditKind.SIGN_IN_DELAYED,
          null,
          account.username(),
          client.address(),
          "until " + account.throttledUntil());
      return new LoginOutcome.Throttled(account.throttledUntil());
    }
    if (!passwordHash.verify(password.toCharArray(), account.passwordHash())) {
      account.recordFailedLogin(now);
      audit.record(
          AuditKind.SIGN_IN_FAILED, null, account.username(), client.address(), "wrong password");
      return new LoginOutcome.Invalid();
    }
    if (DemoAccounts.PASSWORD.equals(password) && !client.local()) {
      audit.record(
          AuditKind.DEMO_PASSWORD_REFUSED, null, account.username(), client.address(), null);
      return new LoginOutcome.DemoElsewhere();
    }
    if (iterations(account.passwordHash()) < HASH_ITERATIONS) {
      rehash(account, password);
    }
    String deviceToken = account.deviceToken() != null ? account.deviceToken() : Tokens.random();
    recordSuccess(account, now, address, deviceToken);
    audit.record(
        AuditKind.SIGNED_IN,
        account.username(),
        account.username(),
        client.address(),
        client.deviceToken() != null && client.deviceToken().equals(account.deviceToken())
            ? "known browser"
            : null);
    return new LoginOutcome.Success(
        account.username(), account.roles(), account.sessionEpoch(), deviceToken);
  }

  /** Spends the time of a real check, so that response times do not reveal usernames. */
  private void decoy(String password) {
    passwordHash.verify(password == null ? new char[0] : password.toCharArray(), decoyHash());
  }

  /** The iteration count of a stored hash ({@code algorithm:iterations:salt:hash}). */
  static int iterations(String storedHash) {
    String[] parts = storedHash.split(":");
    try {
      return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Upgrades a hash made with fewer iterations, without touching the version (see below). */
  private void rehash(Account account, String password) {
    em.createQuery(
            "update Account a set a.passwordHash = :replacement"
                + " where a.id = :id and a.passwordHash = :old")
        .setParameter("replacement", hash(password))
        .setParameter("id", account.id())
        .setParameter("old", account.passwordHash())
        .executeUpdate();
  }

  /**
   * A successful sign-in resets the failure count, notes the time and trusts the browser and the
   * address, with a bulk update that leaves the version alone: scripts sign in with HTTP Basic on
   * every request, often several at once, and that must neither fail on each other nor make the
   * member's open profile edit stale. Skipped when nothing would change within a minute.
   */
  private void recordSuccess(
      Account account, OffsetDateTime now, String address, String deviceToken) {
    if (account.failedLogins() == 0
        && account.lastLoginAt() != null
        && account.lastLoginAt().isAfter(now.minusMinutes(1))
        && address.equals(account.knownAddressDigest())
        && deviceToken.equals(account.deviceToken())) {
      return;
    }
    em.createQuery(
            "update Account a set a.lastLoginAt = :now, a.failedLogins = 0, a.lockedUntil = null,"
                + " a.knownAddress = :address, a.deviceToken = :token where a.id = :id")
        .setParameter("now", now)
        .setParameter("address", address)
        .setParameter("token", deviceToken)
        .setParameter("id", account.id())
        .executeUpdate();
  }

  /** The session epoch of an account, or empty when it no longer exists. */
  public Optional<Long> sessionEpoch(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.sessionEpoch", Long.class)
        .setParameter("key", Account.key(username))
        .getResultStream()
        .findFirst();
  }

  /** Ends every open session of the account on its next request ("sign out everywhere"). */
  public void signOutEverywhere(String username) {
    Account account = require(username);
    account.signOutEverywhere();
    audit.record(
        AuditKind.SIGNED_OUT_EVERYWHERE, account.username(), account.username(), null, null);
  }

  public AccountView updateProfile(
      String username, String displayName, String email, String locale, long expectedVersion) {
    return updateProfile(username, displayName, email, locale, expectedVersion, false);
  }

  /** As above; with {@code confirmEmail} a changed address must be confirmed before posting. */
  public AccountView updateProfile(
      String username,
      String displayName,
      String email,
      String locale,
      long expectedVersion,
      boolean confirmEmail) {
    Account account = require(username);
    if (account.version() != expectedVersion) {
      throw new Conflict("account.profile.stale");
    }
    String cleanEmail = AccountRules.email(email);
    findByEmail(cleanEmail)
        .filter(other -> !other.id().equals(account.id()))
        .ifPresent(
            other -> {
              throw new InvalidInput("email", "account.email.taken");
            });
    boolean changed = !Account.key(cleanEmail).equals(Account.key(account.email()));
    account.changeProfile(
        AccountRules.displayName(displayName), cleanEmail, AccountRules.locale(locale));
    if (changed && confirmEmail) {
      account.awaitEmailConfirmation();
    }
    em.flush();
    return AccountView.of(account);
  }

  /** Sets a new password; every open session of the account ends on its next request. */
  public void changePassword(String username, String current, String replacement) {
    Account account = require(username);
    if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      throw new InvalidInput("currentPassword", "account.password.wrong");
    }
    account.changePassword(
        hash(AccountRules.password(replacement, account.username(), account.email())));
    audit.record(AuditKind.PASSWORD_CHANGED, account.username(), account.username(), null, null);
  }

  /** Sets the language of an account (the language switcher calls this for signed-in users). */
  public void changeLocale(String username, String locale) {
    Account account = require(username);
    account.changeProfile(account.displayName(), account.email(), AccountRules.locale(locale));
  }

  public AccountView grant(String actor, String username, Role role) {
    requireAdmin(actor);
    Account account = require(username);
    account.grant(role);
    audit.record(AuditKind.ROLE_GRANTED, actor, account.username(), null, role.name());
    return AccountView.of(account);
  }

  public AccountView revoke(String actor, String username, Role role) {
    requireAdmin(actor);
    Account account = require(username);
    if (role == Role.MEMBER) {
      throw new InvalidInput("role", "account.role.memberStays");
    }
    if (role == Role.ADMIN && account.hasRole(Role.ADMIN) && countWithRole(Role.ADMIN) <= 1) {
      throw new InvalidInput("role", "account.role.lastAdmin");
    }
    account.revoke(role);
    audit.record(AuditKind.ROLE_REVOKED, actor, account.username(), null, role.name());
    return AccountView.of(account);
  }

  public Optional<AccountView> find(String username) {
    return findEntity(Text.clean(username)).map(AccountView::of);
  }

  public List<AccountView> search(String query, int first, int max) {
    return em.createNamedQuery("Account.search", Account.class)
        .setParameter("q", "%" + Account.key(Text.clean(query)) + "%")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(AccountView::of)
        .toList();
  }

  /**
   * Creates the accounts that do not exist yet, each with its role and the one password given
   * (hashed once: demo accounts share it). Returns how many were created.
   */
  public int ensureAccounts(Map<String, Role> roles, String password) {
    String hash = null;
    int created = 0;
    for (Map.Entry<String, Role> entry : roles.entrySet()) {
      String username = entry.getKey();
      if (findEntity(username).isPresent()) {
        continue;
      }
      if (hash == null) {
        hash = hash(password);
      }
      Account account = new Account(username, username + "@demo.kb.local", hash, "en", now());
      account.grant(entry.getValue());
      em.persist(account);
      created++;
    }
    return created;
  }

  /** Whether any account can administer the site. */
  public boolean hasAdministrator() {
    return countWithRole(Role.ADMIN) > 0;
  }

  /** Creates the first administrator of a production site (see {@code Startup}). */
  public AccountView createAdministrator(String username, String email, String password) {
    Account account =
        new Account(
            AccountRules.username(username),
            AccountRules.email(email),
            hash(AccountRules.password(password, username, email)),
            "en",
            now());
    account.grant(Role.ADMIN);
    em.persist(account);
    em.flush();
    audit.record(AuditKind.ADMINISTRATOR_CREATED, null, account.username(), null, "first start");
    return AccountView.of(account);
  }

  /**
   * Accounts for people whose posts are imported from another forum: they cannot sign in (one
   * random password nobody knows, hashed once) until they reset it. Returns id by username.
   */
  public java.util.Map<String, Long> ensureImported(java.util.Collection<String> usernames) {
    java.util.Map<String, Long> ids = new java.util.HashMap<>();
    String unusable = null;
    for (String name : usernames) {
      Optional<Account> known = findEntity(name);
      if (known.isPresent()) {
        ids.put(name, known.get().id());
        continue;
      }
      if (unusable == null) {
        unusable = hash(java.util.UUID.randomUUID().toString());
      }
      Account account = new Account(name, name + "@import.invalid", unusable, "en", now());
      account.grant(Role.MEMBER);
      em.persist(account);
      em.flush();
      ids.put(name, account.id());
    }
    return ids;
  }

  private void requireAdmin(String actor) {
    Account a = require(actor);
    access.require(new Staff(a.id(), a.username(), a.roles()), Action.ADMINISTER);
  }

  /** An account as an actor for role checks, which never depend on reputation. */
  private record Staff(long id, String username, Set<Role> roles) implements Actor {
    @Override
    public int reputation() {
      return 0;
    }
  }

  private long countWithRole(Role role) {
    return em.createNamedQuery("Account.countWithRole", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  private Account require(String username) {
    return findEntity(Text.clean(username)).orElseThrow(() -> new NotFound("account.notFound"));
  }

  private Optional<Account> findEntity(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("key", Account.key(username))
        .getResultStream()
        .findFirst();
  }

  Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("key", Account.key(email))
        .getResultStream()
        .findFirst();
  }

  /** Sets a password checked by the caller's flow (a reset link); open sessions end. */
  void setPassword(Account account, String password) {
    account.changePassword(
        hash(AccountRules.password(password, account.username(), account.email())));
  }

  private String hash(String password) {
    return passwordHash.generate(password.toCharArray());
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hash("decoy-password-never-used");
    }
    return decoyHash;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
