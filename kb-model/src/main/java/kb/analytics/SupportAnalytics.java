package kb.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.forum.Suggestions;
import kb.reputation.Sql;
import kb.tickets.ErlangC;

/**
 * Computes the analytics of the last N days from the search log, the suggestion opens and the
 * tickets. Medians and compliance are computed over the tickets of the period in Java: a period
 * holds thousands of tickets, not millions, and the same code then runs on H2 and PostgreSQL.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class SupportAnalytics {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Suggestions suggestions;
  @Inject Clock clock;
  @Inject kb.accounts.Access access;
  @Inject kb.search.SearchLog searchLog;

  public Summary summary(kb.accounts.Actor reader, int days) {
    access.require(reader, kb.accounts.Action.READ_ANALYTICS);
    searchLog.flush();
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    OffsetDateTime from =
        now.toLocalDate().minusDays(days - 1L).atStartOfDay().atOffset(ZoneOffset.UTC);
    Object[] s =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN hits = 0 THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN clicked_at IS NOT NULL THEN 1 ELSE 0 END), 0),"
                        + " COUNT(DISTINCT visitor) FROM search_log"
                        + " WHERE searched_at >= ?1 AND staff = FALSE AND bot = FALSE")
                .setParameter(1, from)
                .getSingleResult();
    long searches = Sql.number(s[0]);
    long visitors = Sql.number(s[3]);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT created_at, first_response_at, solved_at, first_response_due,"
                    + " resolution_due, requester_id FROM ticket WHERE created_at >= ?1")
            .setParameter(1, from)
            .getResultList();
    List<Double> firstResponse = new ArrayList<>();
    List<Double> resolution = new ArrayList<>();
    long firstMet = 0;
    long firstJudged = 0;
    long resolvedMet = 0;
    long resolvedJudged = 0;
    java.util.Set<Long> requesters = new java.util.HashSet<>();
    Map<LocalDate, Long> perDay = new LinkedHashMap<>();
    for (int i = days - 1; i >= 0; i--) {
      perDay.put(now.toLocalDate().minusDays(i), 0L);
    }
    long[][] hours = new long[7][24];
    for (Object[] r : rows) {
      OffsetDateTime created = Sql.time(r[0]);
      OffsetDateTime first = Sql.time(r[1]);
      OffsetDateTime solved = Sql.time(r[2]);
      OffsetDateTime firstDue = Sql.time(r[3]);
      OffsetDateTime resolutionDue = Sql.time(r[4]);
      requesters.add(Sql.number(r[5]));
      perDay.merge(created.toLocalDate(), 1L, Long::sum);
      hours[created.getDayOfWeek().getValue() - 1][created.getHour()]++;
      if (first != null) {
        firstResponse.add(minutes(created, first));
      }
      if (solved != null) {
        resolution.add(minutes(created, solved));
      }
      if (first != null || now.isAfter(firstDue)) {
        firstJudged++;
        if (first != null && !first.isAfter(firstDue)) {
          firstMet++;
        }
      }
      if (solved != null || now.isAfter(resolutionDue)) {
        resolvedJudged++;
        if (solved != null && !solved.isAfter(resolutionDue)) {
          resolvedMet++;
        }
      }
    }
    Suggestions.Deflection d = suggestions.since(from);
    List<Summary.DayCount> daily = new ArrayList<>();
    perDay.forEach((day, n) -> daily.add(new Summary.DayCount(day.toString(), n)));
    List<List<Long>> week = new ArrayList<>();
    for (long[] day : hours) {
      List<Long> list = new ArrayList<>();
      for (long h : day) {
        list.add(h);
      }
      week.add(list);
    }
    return new Summary(
        days,
        searches,
        ratio(Sql.number(s[1]), searches),
        ratio(Sql.number(s[2]), searches),
        visitors,
        rows.size(),
        requesters.size(),
        requesters.isEmpty() ? visitors : (double) visitors / requesters.size(),
        d.opened(),
        d.deflected(),
        ratio(d.deflected(), d.deflected() + d.asked()),
        median(firstResponse),
        median(resolution),
        ratio(firstMet, firstJudged),
        ratio(resolvedMet, resolvedJudged),
        daily,
        week);
  }

  /**
   * Agents needed per hour of the week: the period's average arrivals in each hour (tickets per
   * hour-of-week cell ÷ weeks in the period) through Erlang C.
   */
  public List<List<Integer>> staffing(
      Summary summary,
      double handlingSeconds,
      double level,
      double targetSeconds,
      double shrinkage) {
    double weeks = Math.max(1.0, summary.days() / 7.0);
    List<List<Integer>> out = new ArrayList<>();
    for (List<Long> day : summary.perHourOfWeek()) {
      List<Integer> agents = new ArrayList<>();
      for (long n : day) {
        agents.add(
            ErlangC.agentsNeeded(n / weeks, handlingSeconds, level, targetSeconds, shrinkage)
                .scheduled());
      }
      out.add(agents);
    }
    return out;
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double minutes(OffsetDateTime from, OffsetDateTime to) {
    return Duration.between(from, to).toSeconds() / 60.0;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
