package kb.gaps;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.search.SearchLogEntry;

/**
 * One batch of settled searches on its way into the report: counted in memory first, then written
 * with one statement per day, query, gap and term touched rather than one per search.
 */
final class GapBatch {

  /** Texts per {@code in} list when reading the known ones. */
  static final int IN_LIST = 500;

  /** Failed searches after an article covered a gap that re-open it. */
  static final int REOPEN_AFTER = 3;

  private record DayLocale(LocalDate day, String locale) {}

  private record DayQuery(LocalDate day, String locale, String normalized) {}

  private record GapDay(long gap, LocalDate day) {}

  private record GapTerm(long gap, String term) {}

  private record TextKey(String locale, String normalized) {}

  private final EntityManager em;
  private final GapTerms gapTerms;
  private final OffsetDateTime now;

  private final Map<DayLocale, int[]> searchDays = new HashMap<>();
  private final Map<DayQuery, int[]> queryDays = new HashMap<>();
  private final Map<DayQuery, String> querySamples = new HashMap<>();
  private final Map<GapDay, int[]> gapDays = new HashMap<>();
  private final Map<GapDay, Set<String>> gapVisitors = new HashMap<>();
  private final Map<GapTerm, Long> gapTermCounts = new HashMap<>();
  private final Map<Long, List<OffsetDateTime>> gapSearches = new HashMap<>();
  private final Map<TextKey, GapQuery> queries = new HashMap<>();
  private final Map<String, GapClusters> clusters = new HashMap<>();
  private final Map<String, GapVocabulary> vocabularies = new HashMap<>();

  GapBatch(EntityManager em, GapTerms gapTerms, OffsetDateTime now) {
    this.em = em;
    this.gapTerms = gapTerms;
    this.now = now;
  }

  /** Counts the searches of the batch. */
  void addAll(List<SearchLogEntry> entries) {
    loadKnownQueries(entries);
    entries.forEach(this::add);
  }

  /** Staff and bots are left out of every figure. */
  private static boolean counts(SearchLogEntry e) {
    return !e.staff() && !e.bot();
  }

  private static boolean failed(SearchLogEntry e) {
    return Outcome.of(e.hits(), e.clickedId(), e.followUp()).failed() && !e.normalized().isEmpty();
  }

  /** The failed texts of the batch already assigned to gaps, read in a few queries. */
  private void loadKnownQueries(List<SearchLogEntry> entries) {
    Map<String, Set<String>> texts = new HashMap<>();
    for (SearchLogEntry e : entries) {
      if (counts(e) && failed(e)) {
        texts.computeIfAbsent(e.locale(), k -> new LinkedHashSet<>()).add(e.normalized());
      }
    }
    texts.forEach(
        (locale, all) -> {
          List<String> list = new ArrayList<>(all);
          for (int i = 0; i < list.size(); i += IN_LIST) {
            em.createQuery(
                    "select q from GapQuery q where q.locale = :locale and q.normalized in :texts",
                    GapQuery.class)
                .setParameter("locale", locale)
                .setParameter("texts", list.subList(i, Math.min(list.size(), i + IN_LIST)))
                .getResultList()
                .forEach(q -> queries.put(new TextKey(locale, q.normalized()), q));
          }
        });
  }

  private void add(SearchLogEntry e) {
    if (!counts(e)) {
      return;
    }
    LocalDate day = e.searchedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    Outcome outcome = Outcome.of(e.hits(), e.clickedId(), e.followUp());
    int failed = outcome.failed() ? 1 : 0;
    add(
        searchDays,
        new DayLocale(day, e.locale()),
        1,
        outcome.zeroResult() ? 1 : 0,
        outcome.clicked() ? 1 : 0,
        failed);
    DayQuery dq = new DayQuery(day, e.locale(), e.normalized());
    add(queryDays, dq, 1, failed);
    querySamples.put(dq, e.queryText());
    if (failed == 1 && !e.normalized().isEmpty()) {
      addFailure(e, day, outcome);
    }
  }

  private void addFailure(SearchLogEntry e, LocalDate day, Outcome outcome) {
    GapQuery query = query(e);
    query.counted(1, e.queryText());
    long gap = query.gapId();
    GapDay gd = new GapDay(gap, day);
    add(
        gapDays,
        gd,
        1,
        outcome.zeroResult() ? 1 : 0,
        outcome.noClick() ? 1 : 0,
        outcome.notHelpful() ? 1 : 0,
        outcome.escalated() ? 1 : 0);
    gapVisitors.computeIfAbsent(gd, k -> new LinkedHashSet<>()).add(e.visitor());
    Set<String> terms = query.terms();
    for (String t : terms) {
      gapTermCounts.merge(new GapTerm(gap, t), 1L, Long::sum);
    }
    GapClusters c = clusters.get(e.locale());
    if (c != null) {
      c.count(gap, terms, 1);
      vocabularies.get(e.locale()).add(e.normalized(), 1);
    }
    gapSearches.computeIfAbsent(gap, k -> new ArrayList<>()).add(e.searchedAt());
  }

  /** The known query with this text (read by {@link #addAll}), or a new one, clustered. */
  private GapQuery query(SearchLogEntry e) {
    TextKey key = new TextKey(e.locale(), e.normalized());
    GapQuery known = queries.get(key);
    if (known != null) {
      return known;
    }
    GapClusters gaps = clusters(e.locale());
    Set<String> terms =
        gapTerms.of(e.normalized(), e.locale(), vocabularies.get(e.locale())).keySet();
    long gap = gaps.find(terms).orElseGet(() -> newGap(e.locale(), e.queryText(), e.searchedAt()));
    GapQuery created = new GapQuery(gap, e.locale(), e.normalized(), e.queryText(), terms);
    em.persist(created);
    queries.put(key, created);
    return created;
  }

  private long newGap(String locale, String label, OffsetDateTime seen) {
    Gap gap = new Gap(locale, label, seen);
    em.persist(gap);
    return gap.id();
  }

  /** The language's gaps as clustering needs them, read once per batch. */
  private GapClusters clusters(String locale) {
    GapClusters c = clusters.get(locale);
    if (c != null) {
      return c;
    }
    GapClusters loaded = new GapClusters(t -> gapTerms.weight(locale, t));
    Map<Long, Map<String, Long>> terms = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select t.gap_id, t.term, t.searches from gap_term t join gap g on g.id = t.gap_id"
                    + " where g.locale = ?1")
            .setParameter(1, locale)
            .getResultList()) {
      Object[] r = (Object[]) row;
      terms
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
          .put((String) r[1], ((Number) r[2]).longValue());
    }
    for (Object row :
        em.createNativeQuery("select id, searches from gap where locale = ?1")
            .setParameter(1, locale)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      loaded.load(id, terms.getOrDefault(id, Map.of()), ((Number) r[1]).longValue());
    }
    GapVocabulary vocabulary = new GapVocabulary();
    for (Object row :
        em.createNativeQuery("select normalized, searches from gap_query where locale = ?1")
            .setParameter(1, locale)
            .getResultList()) {
      Object[] r = (Object[]) row;
      vocabulary.add((String) r[0], ((Number) r[1]).longValue());
    }
    vocabularies.put(locale, vocabulary);
    clusters.put(locale, loaded);
    return loaded;
  }

  /** Writes the counts; the cursor is advanced by the caller in the same transaction. */
  void write() {
    em.flush();
    searchDays.forEach(
        (k, v) ->
            upsert(
                "update search_day set searches = searches + ?1, zero_result = zero_result + ?2,"
                    + " clicked = clicked + ?3, failed = failed + ?4 where on_day = ?5 and locale = ?6",
                "insert into search_day (searches, zero_result, clicked, failed, on_day, locale)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)",
                v[0],
                v[1],
                v[2],
                v[3],
                Date.valueOf(k.day()),
                k.locale()));
    queryDays.forEach(
        (k, v) ->
            upsert(
                "update query_day set searches = searches + ?1, failed = failed + ?2, sample = ?3"
                    + " where on_day = ?4 and locale = ?5 and normalized = ?6",
                "insert into query_day (searches, failed, sample, on_day, locale, normalized)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6)",
                v[0],
                v[1],
                clip(querySamples.get(k)),
                Date.valueOf(k.day()),
                k.locale(),
                k.normalized()));
    gapDays.forEach(
        (k, v) ->
            upsert(
                "update gap_day set searches = searches + ?1, visitors = visitors + ?2,"
                    + " zero_result = zero_result + ?3, no_click = no_click + ?4,"
                    + " not_helpful = not_helpful + ?5, escalations = escalations + ?6"
                    + " where gap_id = ?7 and on_day = ?8",
                "insert into gap_day (searches, visitors, zero_result, no_click, not_helpful,"
                    + " escalations, gap_id, on_day) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                v[0],
                newVisitors(k),
                v[1],
                v[2],
                v[3],
                v[4],
                k.gap(),
                Date.valueOf(k.day())));
    gapTermCounts.forEach(
        (k, n) ->
            upsert(
                "update gap_term set searches = searches + ?1 where gap_id = ?2 and term = ?3",
                "insert into gap_term (searches, gap_id, term) values (?1, ?2, ?3)",
                n,
                k.gap(),
                k.term()));
    writeGaps();
  }

  /** Visitors of a gap on a day not seen before; they are remembered for the next batches. */
  private int newVisitors(GapDay k) {
    Set<String> seen = new HashSet<>();
    for (Object visitor :
        em.createNativeQuery("select visitor from gap_visitor where gap_id = ?1 and on_day = ?2")
            .setParameter(1, k.gap())
            .setParameter(2, Date.valueOf(k.day()))
            .getResultList()) {
      seen.add((String) visitor);
    }
    int added = 0;
    for (String visitor : gapVisitors.get(k)) {
      if (!seen.contains(visitor)) {
        em.createNativeQuery(
                "insert into gap_visitor (gap_id, on_day, visitor) values (?1, ?2, ?3)")
            .setParameter(1, k.gap())
            .setParameter(2, Date.valueOf(k.day()))
            .setParameter(3, visitor)
            .executeUpdate();
        added++;
      }
    }
    return added;
  }

  /**
   * Gap totals and labels (the most searched text), and covered gaps whose searches go on failing
   * re-opened.
   */
  private void writeGaps() {
    if (gapSearches.isEmpty()) {
      return;
    }
    Map<Long, Object[]> states = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select g.id, g.status, g.statusAt from Gap g where g.id in :ids", Object[].class)
            .setParameter("ids", new ArrayList<>(gapSearches.keySet()))
            .getResultList()) {
      states.put((Long) row[0], row);
    }
    gapSearches.forEach(
        (gap, times) -> {
          Object[] state = states.get(gap);
          OffsetDateTime statusAt = (OffsetDateTime) state[2];
          long afterCover =
              state[1] == GapStatus.COVERED
                  ? times.stream().filter(t -> t.isAfter(statusAt)).count()
                  : 0;
          OffsetDateTime first = times.stream().min(OffsetDateTime::compareTo).orElseThrow();
          OffsetDateTime last = times.stream().max(OffsetDateTime::compareTo).orElseThrow();
          em.createNativeQuery(
                  "update gap set searches = searches + ?1, first_seen = least(first_seen, ?2),"
                      + " last_seen = greatest(last_seen, ?3), failed_since = failed_since + ?4,"
                      + " label = coalesce((select q.sample from gap_query q where q.gap_id = ?5"
                      + " order by q.searches desc, q.id fetch first 1 rows only), label)"
                      + " where id = ?5")
              .setParameter(1, times.size())
              .setParameter(2, first)
              .setParameter(3, last)
              .setParameter(4, afterCover)
              .setParameter(5, gap)
              .executeUpdate();
          if (afterCover > 0) {
            em.createNativeQuery(
                    "update gap set status = 'OPEN', verified = false, note = ?1, status_at = ?2,"
                        + " covered_by = null, thread_id = null,"
                        + " failed_since = 0, version = version + 1"
                        + " where id = ?3 and status = 'COVERED' and failed_since >= ?4")
                .setParameter(1, "gap.note.failingAgain")
                .setParameter(2, now)
                .setParameter(3, gap)
                .setParameter(4, REOPEN_AFTER)
                .executeUpdate();
          }
        });
  }

  private void upsert(String update, String insert, Object... params) {
    if (run(update, params) == 0) {
      run(insert, params);
    }
  }

  private int run(String sql, Object... params) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.executeUpdate();
  }

  private static <K> void add(Map<K, int[]> counts, K key, int... values) {
    int[] c = counts.computeIfAbsent(key, k -> new int[values.length]);
    for (int i = 0; i < values.length; i++) {
      c[i] += values[i];
    }
  }

  private static String clip(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
