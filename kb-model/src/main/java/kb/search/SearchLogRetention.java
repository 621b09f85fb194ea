package kb.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import kb.shared.config.KbConfig;

/**
 * How long the search log keeps who searched. The username is kept for {@code
 * KB_SEARCH_LOG_USERNAME_DAYS} (30 by default: agents see a requester's searches of the week before
 * a ticket), the visitor cookie for {@code KB_SEARCH_LOG_RETENTION_DAYS} (180); after that a search
 * is anonymous: its words, hits and clicks stay for the gap report and analytics, no person can be
 * linked to it. Runs daily on every node (the updates are idempotent).
 */
@ApplicationScoped
public class SearchLogRetention {

  /** What an anonymized search keeps in place of the visitor. */
  public static final String ANONYMOUS = "anonymized";

  /** The number of searches that lost their username and their visitor in one run. */
  public record Result(int usernamesRemoved, int anonymized) {}

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject SearchLog searchLog;
  @Inject kb.accounts.Access access;
  @Inject kb.accounts.AuditLog audit;

  public Duration usernameKept() {
    return Duration.ofDays(KbConfig.current().integer("kb.search-log.username-days", 30));
  }

  public Duration visitorKept() {
    return Duration.ofDays(KbConfig.current().integer("kb.search-log.retention-days", 180));
  }

  /** Applies the retention as of {@code at} for an administrator (it also runs daily). */
  @Transactional
  public Result apply(kb.accounts.Actor admin, OffsetDateTime at) {
    access.require(admin, kb.accounts.Action.ADMINISTER);
    Result result = apply(at);
    audit.record(
        kb.accounts.AuditKind.SETTING_CHANGED,
        admin.username(),
        null,
        null,
        "search log retention run as of " + at + ": " + result);
    return result;
  }

  /** Applies the retention as of {@code now}: the daily run. */
  @Transactional
  public Result apply(OffsetDateTime now) {
    audit.purge(now.minusDays(KbConfig.current().integer("kb.audit.retention-days", 365)));
    searchLog.flush();
    int usernames =
        em.createNativeQuery(
                "UPDATE search_log SET username = NULL"
                    + " WHERE username IS NOT NULL AND searched_at < ?1")
            .setParameter(1, now.minus(usernameKept()))
            .executeUpdate();
    int anonymized =
        em.createNativeQuery(
                "UPDATE search_log SET username = NULL, visitor = ?2"
                    + " WHERE visitor <> ?2 AND searched_at < ?1")
            .setParameter(1, now.minus(visitorKept()))
            .setParameter(2, ANONYMOUS)
            .executeUpdate();
    return new Result(usernames, anonymized);
  }
}
