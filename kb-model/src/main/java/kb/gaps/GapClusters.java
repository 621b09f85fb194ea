package kb.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The gaps of one language in memory while an aggregation run assigns failed queries to them, with
 * an index from term to gaps so that a query is only compared with gaps it shares a word with.
 */
final class GapClusters {

  private final Map<Long, Map<String, Long>> terms = new HashMap<>();
  private final Map<Long, Long> searches = new HashMap<>();
  private final Map<String, Set<Long>> byTerm = new HashMap<>();
  private final ToDoubleFunction<String> weight;

  GapClusters(ToDoubleFunction<String> weight) {
    this.weight = weight;
  }

  /** Adds what a gap already holds. */
  void load(long gap, Map<String, Long> termSearches, long gapSearches) {
    terms.put(gap, new HashMap<>(termSearches));
    searches.put(gap, gapSearches);
    termSearches.keySet().forEach(t -> byTerm.computeIfAbsent(t, k -> new HashSet<>()).add(gap));
  }

  /** The gap these terms join, if any. */
  Optional<Long> find(Set<String> query) {
    Set<Long> candidates = new HashSet<>();
    for (String q : query) {
      candidates.addAll(byTerm.getOrDefault(q, Set.of()));
      if (!q.startsWith(GapTerms.GROUP)) {
        for (Map.Entry<String, Set<Long>> e : byTerm.entrySet()) {
          if (!e.getKey().startsWith(GapTerms.GROUP) && GapClusterer.isTypo(q, e.getKey())) {
            candidates.addAll(e.getValue());
          }
        }
      }
    }
    List<GapClusterer.Cluster> clusters = new ArrayList<>();
    for (Long id : candidates) {
      clusters.add(new GapClusterer.Cluster(id, terms.get(id), searches.get(id)));
    }
    return GapClusterer.best(query, clusters, weight);
  }

  /** Assigns the query to its gap, or to a new one, and counts {@code times} searches of it. */
  long assign(Set<String> query, long times, LongSupplier newGap) {
    long gap = find(query).orElseGet(newGap::getAsLong);
    count(gap, query, times);
    return gap;
  }

  /** Counts searches of a query already known to belong to a gap. */
  void count(long gap, Set<String> query, long times) {
    Map<String, Long> t = terms.computeIfAbsent(gap, k -> new HashMap<>());
    for (String q : query) {
      t.merge(q, times, Long::sum);
      byTerm.computeIfAbsent(q, k -> new HashSet<>()).add(gap);
    }
    searches.merge(gap, times, Long::sum);
  }

  Map<String, Long> terms(long gap) {
    return terms.getOrDefault(gap, Map.of());
  }
}
