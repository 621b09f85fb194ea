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
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.shared.validation.Text;

/** The use cases of accounts: register, sign in, edit the profile, grant and revoke roles. */
@ApplicationScoped
@Transactional
public class AccountService {

  private static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "16",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;

  private volatile String decoyHash;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(HASH_PARAMETERS);
  }

  public AccountView register(Registration registration) {
    String username = AccountRules.username(registration.username());
    String email = AccountRules.email(registration.email());
    String password = AccountRules.password(registration.password());
    String locale = AccountRules.locale(registration.locale());
    if (findEntity(username).isPresent()) {
      throw new InvalidInput("username", "account.username.taken");
    }
    if (findByEmail(email).isPresent()) {
      throw new InvalidInput("email", "account.email.taken");
    }
    Account account = new Account(username, email, hash(password), locale, now());
    em.persist(account);
    em.flush();
    return AccountView.of(account);
  }

  /**
   * Checks a username and password. Failures are committed (they count towards the lock), so this
   * method reports the outcome instead of throwing.
   */
  public LoginOutcome authenticate(String rawUsername, String password) {
    String username = Text.clean(rawUsername);
    if (!AccountRules.USERNAME.matcher(username).matches()) {
      // No account can have this name; the answer reveals nothing worth a decoy hash.
      return new LoginOutcome.Invalid();
    }
    Optional<Account> found = findEntity(username);
    if (found.isEmpty() || password == null) {
      // Spend the same time as a real check so that response times do not reveal usernames.
      passwordHash.verify(password == null ? new char[0] : password.toCharArray(), decoyHash());
      return new LoginOutcome.Invalid();
    }
    Account account = found.get();
    OffsetDateTime now = now();
    if (account.isLocked(now)) {
      return new LoginOutcome.Locked(account.lockedUntil());
    }
    if (!passwordHash.verify(password.toCharArray(), account.passwordHash())) {
      account.recordFailedLogin(now);
      return account.isLocked(now)
          ? new LoginOutcome.Locked(account.lockedUntil())
          : new LoginOutcome.Invalid();
    }
    recordSuccess(account, now);
    return new LoginOutcome.Success(account.username(), account.roles());
  }

  /**
   * A successful sign-in resets the failure count and notes the time, with a bulk update that
   * leaves the version alone: scripts sign in with HTTP Basic on every request, often several at
   * once, and that must neither fail on each other nor make the member's open profile edit stale.
   * At most once a minute per account, unless failures need resetting.
   */
  private void recordSuccess(Account account, OffsetDateTime now) {
    if (account.failedLogins() == 0
        && account.lastLoginAt() != null
        && account.lastLoginAt().isAfter(now.minusMinutes(1))) {
      return;
    }
    em.createQuery(
            "update Account a set a.lastLoginAt = :now, a.failedLogins = 0, a.lockedUntil = null"
                + " where a.id = :id")
        .setParameter("now", now)
        .setParameter("id", account.id())
        .executeUpdate();
  }

  public AccountView updateProfile(
      String username, String displayName, String email, String locale, long expectedVersion) {
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
    account.changeProfile(
        AccountRules.displayName(displayName), cleanEmail, AccountRules.locale(locale));
    em.flush();
    return AccountView.of(account);
  }

  public void changePassword(String username, String current, String replacement) {
    Account account = require(username);
    if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      throw new InvalidInput("currentPassword", "account.password.wrong");
    }
    account.changePassword(hash(AccountRules.password(replacement)));
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

  /** Creates an account with the given role unless one with that username exists. */
  public boolean ensureAccount(String username, String password, Role role) {
    if (findEntity(username).isPresent()) {
      return false;
    }
    Account account =
        new Account(username, username + "@demo.kb.local", hash(password), "en", now());
    account.grant(role);
    em.persist(account);
    return true;
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
    if (!require(actor).hasRole(Role.ADMIN)) {
      throw new Forbidden("account.role.adminOnly");
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

  private Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.byEmail", Account.class)
        .setParameter("key", Account.key(email))
        .getResultStream()
        .findFirst();
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
