package kb.web.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kb.search.SearchHit;
import kb.search.SearchLog;
import kb.search.SearchResults;
import kb.search.SearchService;
import kb.shared.validation.InvalidInput;
import kb.web.i18n.UserLocale;
import kb.web.search.Searchers;

/** The search results page behind the search boxes: one search, logged, its hits listed. */
@Named
@RequestScoped
public class SearchView {

  @Inject SearchService search;
  @Inject SearchLog log;
  @Inject UserLocale userLocale;
  @Inject HttpServletRequest request;

  private String q;
  private SearchResults results;
  private long searchId;

  public void load() {
    if (q == null || SearchService.normalize(q).isEmpty()) {
      return;
    }
    if (q.length() > SearchService.MAX_QUERY) {
      q = q.substring(0, SearchService.MAX_QUERY);
    }
    String locale = userLocale.getLanguage();
    try {
      results = search.search(q, locale, 20);
    } catch (InvalidInput e) {
      return;
    }
    HttpServletResponse response =
        (HttpServletResponse)
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getResponse();
    searchId = log.record(results, locale, Searchers.of(request, response), "page");
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
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

  public long getSearchId() {
    return searchId;
  }
}
