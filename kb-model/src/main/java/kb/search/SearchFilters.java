package kb.search;

/** Narrows a search to one type, category or tag (any of them may be null: no restriction). */
public record SearchFilters(String type, String category, String tag) {

  public static final SearchFilters NONE = new SearchFilters(null, null, null);

  public boolean isEmpty() {
    return blank(type) && blank(category) && blank(tag);
  }

  /** Whether a hit passes the filters (for hits found without them). */
  boolean allows(SearchHit hit) {
    return (blank(type) || type.equals(hit.type()))
        && (blank(category) || category.equals(hit.category()))
        && (blank(tag) || hit.tags().contains(tag));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
