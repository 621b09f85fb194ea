package kb.reputation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Awards badges once (or once per post for repeatable ones) and lists them. The rules that decide
 * when live with the events they watch ({@code kb.forum.BadgeRules}); this is the bookkeeping.
 */
@ApplicationScoped
@Transactional
public class Badges {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<BadgeAwarded> awarded;

  /** A badge shown on a profile or in the API. */
  public record Earned(Badge badge, Badge.Tier tier, long sourceId, OffsetDateTime awardedAt)
      implements java.io.Serializable {}

  /**
   * Awards {@code badge} unless already held (for this source, if it repeats); returns whether it
   * was new. Runs in its own transaction: a duplicate from a concurrent judge fails alone.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean award(long accountId, Badge badge, long sourceId) {
    long source = badge.repeats() ? sourceId : 0;
    Long held =
        em.createQuery(
                "select count(b) from BadgeAward b where b.accountId = :a and b.badge = :b"
                    + " and b.sourceId = :s",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("b", badge)
            .setParameter("s", source)
            .getSingleResult();
    if (held > 0) {
      return false;
    }
    em.persist(
        new BadgeAward(
            accountId, badge, source, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))));
    em.flush();
    awarded.fire(new BadgeAwarded(accountId, badge, source));
    return true;
  }

  public List<Earned> of(long accountId) {
    return em
        .createQuery(
            "select b from BadgeAward b where b.accountId = :a order by b.awardedAt desc, b.id desc",
            BadgeAward.class)
        .setParameter("a", accountId)
        .getResultList()
        .stream()
        .map(b -> new Earned(b.badge(), b.badge().tier(), b.sourceId(), b.awardedAt()))
        .toList();
  }

  public boolean holds(long accountId, Badge badge) {
    return em.createQuery(
                "select count(b) from BadgeAward b where b.accountId = :a and b.badge = :b",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("b", badge)
            .getSingleResult()
        > 0;
  }

  /**
   * Records that a member visited today and returns their streak of consecutive days up to today.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int visited(long accountId) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    boolean known =
        !em.createNativeQuery("SELECT 1 FROM visit_day WHERE account_id = ?1 AND on_day = ?2")
            .setParameter(1, accountId)
            .setParameter(2, today)
            .getResultList()
            .isEmpty();
    if (!known) {
      em.createNativeQuery("INSERT INTO visit_day (account_id, on_day) VALUES (?1, ?2)")
          .setParameter(1, accountId)
          .setParameter(2, today)
          .executeUpdate();
    }
    @SuppressWarnings("unchecked")
    List<Object> days =
        em.createNativeQuery(
                "SELECT on_day FROM visit_day WHERE account_id = ?1 AND on_day > ?2"
                    + " ORDER BY on_day DESC")
            .setParameter(1, accountId)
            .setParameter(2, today.minusDays(Badge.FANATIC_DAYS + 1L))
            .getResultList();
    int streak = 0;
    LocalDate expected = today;
    for (Object d : days) {
      if (!Sql.day(d).equals(expected)) {
        break;
      }
      streak++;
      expected = expected.minusDays(1);
    }
    if (streak >= Badge.ENTHUSIAST_DAYS) {
      awardLater(accountId, Badge.ENTHUSIAST);
    }
    if (streak >= Badge.FANATIC_DAYS) {
      awardLater(accountId, Badge.FANATIC);
    }
    return streak;
  }

  private void awardLater(long accountId, Badge badge) {
    if (!holds(accountId, badge)) {
      em.persist(
          new BadgeAward(accountId, badge, 0, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))));
      awarded.fire(new BadgeAwarded(accountId, badge, 0));
    }
  }
}
