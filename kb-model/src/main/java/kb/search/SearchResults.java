package kb.search;

import java.util.List;

/** The answer to one search: distinct articles found (up to the cap) and the first page of them. */
public record SearchResults(String query, int total, List<SearchHit> hits) {

  public static final int CAP = 100;
}
