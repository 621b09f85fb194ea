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
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;

/**
 * Confirming that an account's email address is its owner's, before the account posts: a mailed
 * single-use link valid for {@link #VALID}, stored as its digest and bound to the address it was
 * sent to (a link for an old address does not confirm a new one). At most {@link #PER_HOUR} links
 * per account an hour.
 */
@ApplicationScoped
@Transactional
public class EmailVerifications {

  public static final Duration VALID = Duration.ofDays(2);
  static final int PER_HOUR = 3;

  /** What the caller mails: to whom, in which language, and the secret for the link. */
  public record Issued(String email, String username, String locale, String token) {}

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject AuditLog audit;

  /** A link for the account's current address; empty when it is confirmed or had enough links. */
  public Optional<Issued> issue(String username) {
    Account account = account(username);
    if (account.emailVerified()) {
      return Optional.empty();
    }
    OffsetDateTime now = now();
    long recent =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM email_verification"
                            + " WHERE account_id = ?1 AND created_at > ?2")
                    .setParameter(1, account.id())
                    .setParameter(2, now.minusHours(1))
                    .getSingleResult())
            .longValue();
    if (recent >= PER_HOUR) {
      return Optional.empty();
    }
    String token = Tokens.random();
    em.createNativeQuery(
            "INSERT INTO email_verification (digest, account_id, email, created_at, expires_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, Tokens.digest(token))
        .setParameter(2, account.id())
        .setParameter(3, account.email())
        .setParameter(4, now)
        .setParameter(5, now.plus(VALID))
        .executeUpdate();
    return Optional.of(new Issued(account.email(), account.username(), account.locale(), token));
  }

  /** Confirms the address a link was sent to; returns the account's username. */
  public String confirm(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      throw new InvalidInput("token", "account.verify.invalid");
    }
    OffsetDateTime now = now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT account_id, email FROM email_verification"
                    + " WHERE digest = ?1 AND used_at IS NULL AND expires_at > ?2")
            .setParameter(1, Tokens.digest(token.strip()))
            .setParameter(2, now)
            .getResultList();
    if (rows.isEmpty()) {
      throw new InvalidInput("token", "account.verify.invalid");
    }
    Account account = em.find(Account.class, ((Number) rows.get(0)[0]).longValue());
    if (!Account.key(String.valueOf(rows.get(0)[1])).equals(Account.key(account.email()))) {
      throw new InvalidInput("token", "account.verify.invalid"); // sent to an older address
    }
    account.confirmEmail(now);
    em.createNativeQuery(
            "UPDATE email_verification SET used_at = ?1 WHERE account_id = ?2 AND used_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, account.id())
        .executeUpdate();
    audit.record(AuditKind.EMAIL_CONFIRMED, account.username(), account.username(), null, null);
    return account.username();
  }

  /** Throws a 403 asking to confirm the address first, unless the account has. */
  public void requireConfirmed(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account != null && !account.emailVerified()) {
      throw new Forbidden("account.email.unverified");
    }
  }

  private Account account(String username) {
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("key", Account.key(username == null ? "" : username))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new kb.shared.validation.NotFound("user.notFound"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
