package kb.reputation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who helped most: reputation gained in the last week or month, or in total; and one member's
 * reputation day by day, for the chart on their profile. Both read the ledger, never a copy.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class Leaderboard {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;

  public enum Period {
    WEEK(7),
    MONTH(30),
    ALL(0);

    final int days;

    Period(int days) {
      this.days = days;
    }
  }

  public record Row(int rank, String username, String displayName, int reputation, long gained)
      implements Serializable {}

  public record Day(LocalDate day, long reputation) implements Serializable {}

  public List<Row> top(Period period, int max) {
    String sql;
    if (period == Period.ALL) {
      sql =
          "SELECT a.username, a.display_name, a.reputation, a.reputation FROM account a"
              + " WHERE a.reputation > 0 ORDER BY a.reputation DESC, a.username_key";
    } else {
      sql =
          "SELECT a.username, a.display_name, a.reputation, SUM(l.points) AS gained"
              + " FROM reputation_ledger l JOIN account a ON a.id = l.account_id"
              + " WHERE l.created_at >= ?1"
              + " GROUP BY a.username, a.display_name, a.reputation, a.username_key"
              + " HAVING SUM(l.points) > 0 ORDER BY gained DESC, a.username_key";
    }
    var q = em.createNativeQuery(sql);
    if (period != Period.ALL) {
      q.setParameter(
          1, java.time.OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(period.days));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(max).getResultList();
    List<Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new Row(
              out.size() + 1,
              (String) r[0],
              (String) r[1],
              ((Number) r[2]).intValue(),
              ((Number) r[3]).longValue()));
    }
    return out;
  }

  /** The member's reputation at the end of each day they gained or lost some, oldest first. */
  public List<Day> history(long accountId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT on_day, SUM(points) FROM reputation_ledger WHERE account_id = ?1"
                    + " GROUP BY on_day ORDER BY on_day")
            .setParameter(1, accountId)
            .getResultList();
    List<Day> out = new ArrayList<>();
    long total = 0;
    for (Object[] r : rows) {
      total += ((Number) r[1]).longValue();
      out.add(new Day(Sql.day(r[0]), total));
    }
    return out;
  }

  /** The plain sum of a member's ledger rows, which their reputation must always equal. */
  public long ledgerTotal(long accountId) {
    return ((Number)
            em.createNamedQuery("LedgerEntry.sum")
                .setParameter("account", accountId)
                .getSingleResult())
        .longValue();
  }
}
