package kb.api.search;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kb.search.SearchResults;

/**
 * The JSON of a search answer, serialized once per result set: the search service hands out the
 * same {@link SearchResults} for a repeated search, so everything but the search id is written to
 * text once and reused (serializing the hits and facets was an eighth of a cached search's CPU).
 */
final class AnswerJson {

  private static final int KEPT = 1_000;
  private static final Jsonb JSON = JsonbBuilder.create();

  /** Result sets by identity; emptied when full (the search service keeps the live ones). */
  private final Map<SearchResults, String> byIdentity = new IdentityHashMap<>();

  /** The answer of {@code GET /search} as JSON text. */
  String write(long searchId, SearchResults results, String contextPath) {
    String rest;
    synchronized (this) {
      rest = byIdentity.get(results);
    }
    if (rest == null) {
      rest = rest(results, contextPath);
      synchronized (this) {
        if (byIdentity.size() >= KEPT) {
          byIdentity.clear();
        }
        byIdentity.put(results, rest);
      }
    }
    return "{\"searchId\":" + searchId + "," + rest;
  }

  /** Every field but the id, as the tail of a JSON object (without its opening brace). */
  private static String rest(SearchResults results, String contextPath) {
    List<SearchResource.Hit> hits =
        results.hits().stream().map(h -> SearchResource.Hit.of(h, contextPath)).toList();
    String json =
        JSON.toJson(
            new SearchResource.AnswerBody(
                results.query(), results.total(), hits, results.didYouMean(), results.facets()));
    return json.substring(1);
  }
}
