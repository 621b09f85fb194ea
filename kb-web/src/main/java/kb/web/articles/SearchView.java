package kb.web.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import kb.search.SearchFilters;
import kb.search.SearchHit;
import kb.search.SearchLog;
import kb.search.SearchResults;
import kb.search.SearchService;
import kb.shared.validation.InvalidInput;
import kb.web.cache.PageCache;
import kb.web.cache.PageMarks;
import kb.web.i18n.UserLocale;
import kb.web.search.Searchers;

/** The search results page behind the search boxes: one search, logged, its hits listed. */
@Named
@RequestScoped
public class SearchView {

  @Inject SearchService search;
  @Inject kb.articles.ArticleService articles;
  @Inject SearchLog log;
  @Inject UserLocale userLocale;
  @Inject HttpServletRequest request;

  private String q;
  private String category;
  private String tag;
  private SearchResults results;
  private String searchRef = "";

  public void load() {
    PageMarks cache = PageMarks.of(request);
    if (q == null || SearchService.normalize(q).isEmpty()) {
      if (cache != null) {
        cache.cacheable();
      }
      return;
    }
    if (q.length() > SearchService.MAX_QUERY) {
      q = q.substring(0, SearchService.MAX_QUERY);
    }
    String locale = userLocale.getLanguage();
    try {
      results = search.search(q, locale, new SearchFilters(null, category, tag), 20);
    } catch (InvalidInput e) {
      return;
    }
    if (cache != null) {
      // the cache logs the search each time it serves the page, and writes its id into the slot
      cache.cacheable().showsThreads().search(results, locale);
      searchRef = PageCache.SEARCH_ID_SLOT;
      return;
    }
    HttpServletResponse response =
        (HttpServletResponse)
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getResponse();
    searchRef =
        String.valueOf(log.record(results, locale, Searchers.of(request, response), "page"));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  /** A value for a URL query parameter. */
  public String encode(String value) {
    return value == null
        ? ""
        : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getDidYouMean() {
    return results == null ? null : results.didYouMean();
  }

  /** Facet values of one dimension ("category", "tag") with their counts, most frequent first. */
  public List<Map.Entry<String, Integer>> facet(String name) {
    if (results == null) {
      return List.of();
    }
    return results.facets().getOrDefault(name, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .toList();
  }

  /** A category's name in the reader's language. */
  public String categoryName(String id) {
    return articles.category(id, userLocale.getLanguage()).map(c -> c.name()).orElse(id);
  }

  public boolean isSearched() {
    return results != null;
  }

  public int getTotal() {
    return results == null ? 0 : results.total();
  }

  public List<SearchHit> getHits() {
    return results == null ? List.of() : results.hits();
  }

  /** The id of the logged search, for attributing a click on a hit (a slot for the cache). */
  public String getSearchRef() {
    return searchRef;
  }
}
