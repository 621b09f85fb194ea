package kb.reputation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import kb.shared.config.KbConfig;

/**
 * Writes the reputation ledger. Each award or reversal first locks the member's account row, so
 * that the daily cap is judged on a settled total and the cached {@code account.reputation} moves
 * by exactly the points of the row written in the same transaction: a member's reputation always
 * equals the sum of their ledger, however many people vote at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Ledger {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;

  private Points points = Points.from(KbConfig.current());

  public Points points() {
    return points;
  }

  /**
   * Credits {@code accountId} for {@code event} on {@code postId} caused by {@code actorId}; the
   * points are cut to the daily cap where the event counts toward it. Returns the points written.
   */
  public int award(long accountId, ReputationEvent event, Long postId, Long actorId) {
    return awardAt(
        accountId, event, postId, actorId, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
  }

  /** {@link #award} dated {@code now}: for importing a community's history. */
  public int awardAt(
      long accountId, ReputationEvent event, Long postId, Long actorId, OffsetDateTime now) {
    lock(accountId);
    int worth = points.of(event);
    if (worth > 0
        && actorId != null
        && actorId != accountId
        && fromActor(accountId, actorId, now) >= points.pairLimit()) {
      // The same two accounts again and again (a sock puppet upvoting or accepting): no points.
      worth = 0;
    }
    if (event.capped()) {
      worth = points.allowed(event, worth, cappedOn(accountId, now));
    }
    return write(new LedgerEntry(accountId, event, worth, postId, actorId, now, null));
  }

  /** An administrator's correction: any points, with the reason, outside the cap. */
  public int adjust(long accountId, int delta, long adminId, String note) {
    lock(accountId);
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    return write(
        new LedgerEntry(accountId, ReputationEvent.ADJUSTMENT, delta, null, adminId, now, note));
  }

  /**
   * Takes back the latest not yet reversed award of {@code event} on {@code postId} by {@code
   * actorId}, if there is one. Returns the points taken back (0 when there was nothing).
   */
  public int reverse(long accountId, ReputationEvent event, long postId, long actorId) {
    lock(accountId);
    List<LedgerEntry> active =
        em.createNamedQuery("LedgerEntry.active", LedgerEntry.class)
            .setParameter("account", accountId)
            .setParameter("event", event)
            .setParameter("post", postId)
            .setParameter("actor", actorId)
            .setMaxResults(1)
            .getResultList();
    if (active.isEmpty()) {
      return 0;
    }
    return -write(active.get(0).reversal(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))));
  }

  /** Takes back every award made for {@code postId} (the post was deleted). */
  public int reverseAll(long postId) {
    List<LedgerEntry> active =
        em.createNamedQuery("LedgerEntry.activeForPost", LedgerEntry.class)
            .setParameter("post", postId)
            .getResultList();
    int n = 0;
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    lockAll(active.stream().mapToLong(LedgerEntry::accountId).toArray());
    for (LedgerEntry e : active) {
      write(e.reversal(now));
      n++;
    }
    return n;
  }

  /** Points-earning entries {@code actorId} gave {@code accountId} in the last 30 days. */
  private long fromActor(long accountId, long actorId, OffsetDateTime now) {
    return ((Number)
            em.createNamedQuery("LedgerEntry.fromActor")
                .setParameter("account", accountId)
                .setParameter("actor", actorId)
                .setParameter("since", now.minusDays(30))
                .getSingleResult())
        .longValue();
  }

  private int cappedOn(long accountId, OffsetDateTime now) {
    List<ReputationEvent> capped =
        Arrays.stream(ReputationEvent.values()).filter(ReputationEvent::capped).toList();
    return ((Number)
            em.createNamedQuery("LedgerEntry.cappedOn")
                .setParameter("account", accountId)
                .setParameter("day", now.toLocalDate())
                .setParameter("events", capped)
                .getSingleResult())
        .intValue();
  }

  private int write(LedgerEntry entry) {
    // a 0-point row is still written: an award cut by the cap can be reversed (by 0) exactly once
    em.persist(entry);
    if (entry.points() != 0) {
      em.createNativeQuery("UPDATE account SET reputation = reputation + ?1 WHERE id = ?2")
          .setParameter(1, entry.points())
          .setParameter(2, entry.accountId())
          .executeUpdate();
    }
    em.flush();
    return entry.points();
  }

  /** Locks several members' rows in one order (lowest id first), so two votes never deadlock. */
  public void lockAll(long... accountIds) {
    java.util.Arrays.stream(accountIds).sorted().distinct().forEach(this::lock);
  }

  private void lock(long accountId) {
    em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
        .setParameter(1, accountId)
        .getResultList();
  }
}
