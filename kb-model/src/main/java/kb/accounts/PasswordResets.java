package kb.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kb.shared.validation.InvalidInput;

/**
 * Password reset by email: a single-use token valid for {@link #VALID}, stored only as its digest.
 * Asking for one answers the same whether or not an account uses the address (the caller mails the
 * link only when there is one); at most {@link #PER_HOUR} links per account an hour. Using a link
 * sets a new password (the same strength rules as registration), ends every open session and spends
 * the link and any other open one of the account.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  public static final Duration VALID = Duration.ofMinutes(30);
  static final int PER_HOUR = 3;

  /** What the caller mails: to whom, in which language, and the secret for the link. */
  public record Issued(String email, String username, String locale, String token) {}

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject AccountService accounts;
  @Inject AuditLog audit;

  /**
   * Issues a reset link for the account using {@code email}, if any and if it has not had {@link
   * #PER_HOUR} this hour. An address that is not an email at all is a 400: that reveals nothing.
   */
  public Optional<Issued> request(String email, String address) {
    String clean = AccountRules.email(email);
    Optional<Account> found = accounts.findByEmail(clean);
    if (found.isEmpty()) {
      audit.record(AuditKind.PASSWORD_RESET_REQUESTED, null, null, address, "no such address");
      return Optional.empty();
    }
    Account account = found.get();
    OffsetDateTime now = now();
    long recent =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM password_reset"
                            + " WHERE account_id = ?1 AND created_at > ?2")
                    .setParameter(1, account.id())
                    .setParameter(2, now.minusHours(1))
                    .getSingleResult())
            .longValue();
    if (recent >= PER_HOUR) {
      audit.record(
          AuditKind.PASSWORD_RESET_REQUESTED, null, account.username(), address, "too many");
      return Optional.empty();
    }
    String token = Tokens.random();
    em.createNativeQuery(
            "INSERT INTO password_reset (digest, account_id, created_at, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, Tokens.digest(token))
        .setParameter(2, account.id())
        .setParameter(3, now)
        .setParameter(4, now.plus(VALID))
        .executeUpdate();
    audit.record(AuditKind.PASSWORD_RESET_REQUESTED, null, account.username(), address, null);
    return Optional.of(new Issued(account.email(), account.username(), account.locale(), token));
  }

  /** Whether {@code token} is a link that can still be used (for the page to say so at once). */
  public boolean valid(String token) {
    return open(token).isPresent();
  }

  /**
   * Sets a new password with a link; {@code token} must be unused and unexpired. Returns the
   * account's username, for the sign-in page.
   */
  public String reset(String token, String password, String address) {
    Long accountId =
        open(token).orElseThrow(() -> new InvalidInput("token", "account.reset.invalid"));
    Account account = em.find(Account.class, accountId);
    accounts.setPassword(account, password);
    em.createNativeQuery(
            "UPDATE password_reset SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
        .setParameter(1, now())
        .setParameter(2, accountId)
        .executeUpdate();
    audit.record(AuditKind.PASSWORD_RESET, account.username(), account.username(), address, null);
    return account.username();
  }

  private Optional<Long> open(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT account_id FROM password_reset"
                    + " WHERE digest = ?1 AND used_at IS NULL AND expires_at > ?2")
            .setParameter(1, Tokens.digest(token.strip()))
            .setParameter(2, now())
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
