package kb.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.gaps.GapViews.Dashboard;
import kb.gaps.GapViews.Filter;
import kb.gaps.GapViews.GapRow;
import kb.gaps.GapViews.QueryCount;
import kb.gaps.GapViews.SampleQuery;

/**
 * Reads the report from the daily aggregates the aggregation keeps: a page view groups the days of
 * the chosen period per gap, never the search log itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapReport {

  /** Sample queries shown per gap. */
  static final int SAMPLES = 5;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Access access;

  /** The gaps of the period, best first, at most {@code max}. */
  public List<GapRow> gaps(Actor reader, Filter filter, int max) {
    access.require(reader, Action.WORK_GAPS);
    List<Totals> totals = totals(filter);
    Comparator<Totals> order =
        switch (filter.sort()) {
          case SEARCHES -> Comparator.comparingLong(Totals::searches);
          case USERS -> Comparator.comparingLong(Totals::visitorDays);
          case RECENT -> Comparator.comparing(Totals::lastDay);
          case TREND -> Comparator.comparingDouble(Totals::growth);
          case RANK -> Comparator.comparingDouble(t -> t.score(filter.to()));
        };
    List<Totals> page =
        totals.stream().sorted(order.reversed().thenComparing(Totals::gap)).limit(max).toList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<Long> ids = page.stream().map(Totals::gap).toList();
    Map<Long, Gap> gaps =
        em.createQuery("select g from Gap g where g.id in :ids", Gap.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Gap::id, g -> g));
    Map<Long, Long> users = users(ids, filter);
    Map<Long, List<SampleQuery>> samples = samples(ids);
    Map<Long, int[]> daily = daily(ids, filter);
    Map<Long, String> threads = threadTitles(gaps.values());
    List<GapRow> rows = new ArrayList<>();
    for (Totals t : page) {
      Gap g = gaps.get(t.gap());
      rows.add(
          new GapRow(
              g.id(),
              g.label(),
              g.locale(),
              g.status(),
              t.searches(),
              users.getOrDefault(g.id(), 0L),
              t.zeroResult(),
              t.noClick(),
              t.notHelpful(),
              t.escalations(),
              t.previous() == 0
                  ? null
                  : (int) Math.round(100.0 * (t.searches() - t.previous()) / t.previous()),
              t.score(filter.to()),
              samples.getOrDefault(g.id(), List.of()),
              java.util.Arrays.stream(daily.get(g.id())).boxed().toList(),
              g.assignee(),
              g.articleSlug(),
              g.coveredBy(),
              g.threadId(),
              g.threadId() == null ? null : threads.get(g.threadId()),
              g.verified(),
              g.note(),
              g.reason(),
              g.firstSeen(),
              g.lastSeen(),
              g.version()));
    }
    return rows;
  }

  /** The titles of the threads that cover gaps, by thread id. */
  private Map<Long, String> threadTitles(Collection<Gap> gaps) {
    List<Long> ids = gaps.stream().map(Gap::threadId).filter(Objects::nonNull).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select p.id, p.title from Post p where p.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
  }

  /** A gap's figures over the period, and its searches in the period before. */
  record Totals(
      long gap,
      long searches,
      long previous,
      long visitorDays,
      long zeroResult,
      long noClick,
      long notHelpful,
      long escalations,
      LocalDate lastDay) {

    /** Searches now against the period before, uncapped: what "rising" sorts by. */
    double growth() {
      return (searches + 1.0) / (previous + 1.0);
    }

    /** Rising gaps count up to twice, fading ones down to half. */
    double trendFactor() {
      return Math.max(0.5, Math.min(2.0, (searches + 1.0) / (previous + 1.0)));
    }

    /**
     * Searches plus twice the visitor-days (many people beat one person retrying), halved for each
     * week since the gap was last searched, times the trend.
     */
    double score(LocalDate to) {
      long idle = Math.max(0, to.toEpochDay() - lastDay.toEpochDay());
      return (searches + 2.0 * visitorDays) * Math.pow(0.5, idle / 7.0) * trendFactor();
    }
  }

  private List<Totals> totals(Filter f) {
    List<Object> params = new ArrayList<>(List.of(Date.valueOf(f.from())));
    StringBuilder sql =
        new StringBuilder(
            "select d.gap_id,"
                + " sum(case when d.on_day >= ?1 then d.searches else 0 end),"
                + " sum(case when d.on_day < ?1 then d.searches else 0 end),"
                + " sum(case when d.on_day >= ?1 then d.visitors else 0 end),"
                + " sum(case when d.on_day >= ?1 then d.zero_result else 0 end),"
                + " sum(case when d.on_day >= ?1 then d.no_click else 0 end),"
                + " sum(case when d.on_day >= ?1 then d.not_helpful else 0 end),"
                + " sum(case when d.on_day >= ?1 then d.escalations else 0 end),"
                + " max(case when d.on_day >= ?1 then d.on_day end)"
                + " from gap_day d join gap g on g.id = d.gap_id where d.on_day >= ?2 and d.on_day <= ?3");
    params.add(Date.valueOf(f.previousFrom()));
    params.add(Date.valueOf(f.to()));
    if (f.locale() != null) {
      params.add(f.locale());
      sql.append(" and g.locale = ?").append(params.size());
    }
    if (f.status() != null) {
      params.add(f.status().name());
      sql.append(" and g.status = ?").append(params.size());
    }
    sql.append(" group by d.gap_id");
    var q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    List<Totals> out = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      long searches = num(r[1]);
      if (searches == 0 || searches < f.minSearches()) {
        continue;
      }
      out.add(
          new Totals(
              num(r[0]), searches, num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]),
              day(r[8])));
    }
    return out;
  }

  private Map<Long, Long> users(List<Long> ids, Filter f) {
    Map<Long, Long> out = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select gap_id, count(distinct visitor) from gap_visitor"
                    + " where gap_id in ("
                    + idList(ids)
                    + ") and on_day >= ?1 and on_day <= ?2 group by gap_id")
            .setParameter(1, Date.valueOf(f.from()))
            .setParameter(2, Date.valueOf(f.to()))
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.put(num(r[0]), num(r[1]));
    }
    return out;
  }

  private Map<Long, List<SampleQuery>> samples(List<Long> ids) {
    Map<Long, List<SampleQuery>> out = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select gap_id, sample, searches from gap_query where gap_id in ("
                    + idList(ids)
                    + ") order by gap_id, searches desc, id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      List<SampleQuery> list = out.computeIfAbsent(num(r[0]), k -> new ArrayList<>());
      if (list.size() < SAMPLES) {
        list.add(new SampleQuery((String) r[1], num(r[2])));
      }
    }
    return out;
  }

  private Map<Long, int[]> daily(List<Long> ids, Filter f) {
    int days = (int) (f.to().toEpochDay() - f.from().toEpochDay() + 1);
    Map<Long, int[]> out = new HashMap<>();
    ids.forEach(id -> out.put(id, new int[days]));
    for (Object row :
        em.createNativeQuery(
                "select gap_id, on_day, searches from gap_day where gap_id in ("
                    + idList(ids)
                    + ") and on_day >= ?1 and on_day <= ?2")
            .setParameter(1, Date.valueOf(f.from()))
            .setParameter(2, Date.valueOf(f.to()))
            .getResultList()) {
      Object[] r = (Object[]) row;
      int index = (int) (day(r[1]).toEpochDay() - f.from().toEpochDay());
      out.get(num(r[0]))[index] = (int) num(r[2]);
    }
    return out;
  }

  /** The dashboard cards of the period. */
  public Dashboard dashboard(Actor reader, LocalDate from, LocalDate to, String locale) {
    access.require(reader, Action.WORK_GAPS);
    String where =
        " where on_day >= ?1 and on_day <= ?2" + (locale == null ? "" : " and locale = ?3");
    Object[] sums =
        (Object[])
            params(
                    em.createNativeQuery(
                        "select coalesce(sum(searches), 0), coalesce(sum(zero_result), 0),"
                            + " coalesce(sum(clicked), 0), coalesce(sum(failed), 0) from search_day"
                            + where),
                    from,
                    to,
                    locale)
                .getSingleResult();
    return new Dashboard(
        num(sums[0]),
        num(sums[1]),
        num(sums[2]),
        num(sums[3]),
        topQueries(where, "searches", from, to, locale),
        topQueries(where + " and failed > 0", "failed", from, to, locale));
  }

  private List<QueryCount> topQueries(
      String where, String by, LocalDate from, LocalDate to, String locale) {
    List<QueryCount> out = new ArrayList<>();
    for (Object row :
        params(
                em.createNativeQuery(
                    "select max(sample), sum(searches), sum(failed) from query_day"
                        + where
                        + " group by normalized order by sum("
                        + by
                        + ") desc, normalized"),
                from,
                to,
                locale)
            .setMaxResults(10)
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.add(new QueryCount((String) r[0], num(r[1]), num(r[2])));
    }
    return out;
  }

  private static jakarta.persistence.Query params(
      jakarta.persistence.Query q, LocalDate from, LocalDate to, String locale) {
    q.setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to));
    if (locale != null) {
      q.setParameter(3, locale);
    }
    return q;
  }

  private static String idList(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static LocalDate day(Object o) {
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) o;
  }
}
