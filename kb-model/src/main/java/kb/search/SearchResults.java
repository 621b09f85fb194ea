package kb.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer to one search: distinct articles found (up to the cap), the first page of them, counts
 * per type, category and tag for narrowing, and a corrected query when nothing was found.
 */
public record SearchResults(
    String query,
    int total,
    List<SearchHit> hits,
    Map<String, Map<String, Integer>> facets,
    String didYouMean) {

  public static final int CAP = 100;

  public static SearchResults empty(String query) {
    return new SearchResults(query, 0, List.of(), Map.of(), null);
  }

  /** Counts of type, category and tag over these hits, most frequent first within each. */
  static Map<String, Map<String, Integer>> facetsOf(List<SearchHit> hits) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (SearchHit h : hits) {
      out.computeIfAbsent("type", k -> new TreeMap<>()).merge(h.type(), 1, Integer::sum);
      if (h.category() != null && !h.category().isEmpty()) {
        out.computeIfAbsent("category", k -> new TreeMap<>()).merge(h.category(), 1, Integer::sum);
      }
      for (String tag : h.tags()) {
        out.computeIfAbsent("tag", k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
      }
    }
    return out;
  }
}
