package kb.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import kb.search.SearchResults;

/**
 * What a page being rendered for the cache tells it: that it may be kept, whether it lists threads,
 * and the search or article view that each serving of it must log. A page that marks nothing is
 * sent but never kept. Views find the marks on the request only while the cache renders them.
 */
public final class PageMarks {

  static final String ATTRIBUTE = PageMarks.class.getName();

  boolean cacheable;
  boolean threads;
  CachedPage.Search search;
  CachedPage.View view;

  /** The marks of the page being rendered for the cache, or null when the cache is not involved. */
  public static PageMarks of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof PageMarks m ? m : null;
  }

  /** The page is the same for every anonymous reader of this URL and language. */
  public PageMarks cacheable() {
    cacheable = true;
    return this;
  }

  /** The page lists community threads, so a changed thread makes it stale. */
  public PageMarks showsThreads() {
    threads = true;
    return this;
  }

  /**
   * A results page: it prints {@link PageCache#SEARCH_ID_SLOT} where the search id goes, and the
   * cache logs the search for every reader it serves the page to.
   */
  public PageMarks search(SearchResults results, String locale) {
    search = new CachedPage.Search(results, locale);
    return this;
  }

  /** An article page: the cache counts a view of this translation each time it serves it. */
  public PageMarks view(String slug, String locale) {
    view = new CachedPage.View(slug, locale);
    return this;
  }
}
