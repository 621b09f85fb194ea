package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kb.shared.config.KbConfig;

/**
 * "Before you ask": suggestions opened from the ask form. A visitor who opened one and did not post
 * a question within the visit was deflected — the article or thread answered them.
 */
@ApplicationScoped
@Transactional
public class Suggestions {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;

  /** The deflection figures of a period: suggestions opened, and visits that ended unasked. */
  public record Deflection(long opened, long deflected, long asked) {}

  public void opened(String visitor, String type, String id, String title) {
    if (visitor == null || visitor.isBlank()) {
      return;
    }
    long rowId = nextId();
    em.createNativeQuery(
            "INSERT INTO suggestion_open (id, visitor, hit_type, hit_id, title, asked, opened_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, FALSE, ?6)")
        .setParameter(1, rowId)
        .setParameter(2, cut(visitor, 64))
        .setParameter(3, cut(type, 10))
        .setParameter(4, cut(id, 200))
        .setParameter(5, title == null ? null : cut(title, 200))
        .setParameter(6, now())
        .executeUpdate();
  }

  /** The visitor posted after all: their opened suggestions of this visit did not deflect. */
  void asked(String visitor) {
    em.createNativeQuery(
            "UPDATE suggestion_open SET asked = TRUE WHERE visitor = ?1 AND opened_at > ?2")
        .setParameter(1, visitor)
        .setParameter(2, now().minus(visit()))
        .executeUpdate();
  }

  public Deflection since(OffsetDateTime from) {
    OffsetDateTime settled = now().minus(visit());
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*),"
                        + " COALESCE(SUM(CASE WHEN asked = FALSE AND opened_at < ?2 THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN asked THEN 1 ELSE 0 END), 0)"
                        + " FROM suggestion_open WHERE opened_at >= ?1")
                .setParameter(1, from)
                .setParameter(2, settled)
                .getSingleResult();
    return new Deflection(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  private long nextId() {
    return kb.shared.persistence.Counters.next(em, "suggestion_open");
  }

  private static Duration visit() {
    return KbConfig.current().gapVisit();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
