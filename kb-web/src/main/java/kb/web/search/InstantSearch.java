package kb.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kb.search.SearchHit;
import kb.search.SearchLog;
import kb.search.SearchResults;
import kb.search.SearchService;
import kb.shared.validation.InvalidInput;
import kb.web.i18n.UserLocale;
import kb.web.security.SearchBudget;
import org.primefaces.event.SelectEvent;

/**
 * Results while typing in the top-bar box (PrimeFaces autoComplete, debounced in the page). Each
 * lookup is logged like any search; the log merges the prefixes typed within a few seconds, so a
 * visitor typing "ref", "refund", "refund late" leaves one search. Choosing a result opens it
 * through the click log; pressing Enter opens the full results page.
 */
@Named
@RequestScoped
public class InstantSearch {

  static final int MIN_CHARS = 3;
  static final int MAX_HITS = 6;

  @Inject SearchService search;
  @Inject SearchLog log;
  @Inject UserLocale userLocale;
  @Inject HttpServletRequest request;
  @Inject SearchBudget budget;

  private String text;

  /** Suggestions as "slug|locale|searchId|title" so that a choice can be logged and opened. */
  public List<String> complete(String typed) {
    String query = SearchService.normalize(typed);
    if (query.length() < MIN_CHARS
        || query.length() > SearchService.MAX_QUERY
        || budget.take(request) > 0) {
      return List.of();
    }
    String locale = userLocale.getLanguage();
    SearchResults results;
    try {
      results = search.suggestions(query, locale, MAX_HITS);
    } catch (InvalidInput e) {
      return List.of();
    }
    HttpServletResponse response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    long id = log.record(results, locale, Searchers.of(request, response), "instant");
    return results.hits().stream().map(h -> value(h, id)).toList();
  }

  static String value(SearchHit h, long searchId) {
    return h.slug() + "|" + h.locale() + "|" + searchId + "|" + h.title();
  }

  /** The title part of a suggestion, for the list. */
  public String label(String value) {
    String[] parts = value.split("\\|", 4);
    return parts.length == 4 ? parts[3] : value;
  }

  public void open(SelectEvent<String> event) throws IOException {
    String[] parts = event.getObject().split("\\|", 4);
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    if (parts.length < 3) {
      showAll();
      return;
    }
    ec.redirect(
        ec.getRequestContextPath()
            + "/search/go?s="
            + enc(parts[2])
            + "&slug="
            + enc(parts[0])
            + "&locale="
            + enc(parts[1]));
  }

  /** Enter in the box: the full results page. */
  public void showAll() throws IOException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ec.redirect(ec.getRequestContextPath() + "/search.xhtml?q=" + enc(text == null ? "" : text));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
