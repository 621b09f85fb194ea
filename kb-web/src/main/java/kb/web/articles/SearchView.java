package kb.web.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.articles.ArticleService;
import kb.articles.Views.ArticleSummary;
import kb.web.i18n.UserLocale;

/** The search results page behind the top-bar search box. */
@Named
@RequestScoped
public class SearchView {

  @Inject ArticleService articles;
  @Inject UserLocale userLocale;

  private String q;
  private List<ArticleSummary> hits = List.of();

  public void load() {
    if (q != null && q.length() > 200) {
      q = q.substring(0, 200);
    }
    hits = q == null || q.isBlank() ? List.of() : articles.find(q, userLocale.getLanguage(), 20);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<ArticleSummary> getHits() {
    return hits;
  }
}
