package kb.web.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import kb.articles.ArticleService;
import kb.articles.Views.ArticlePage;
import kb.search.SearchService;
import kb.shared.validation.NotFound;
import kb.web.cache.PageMarks;
import kb.web.i18n.UserLocale;

/** The article page: the text in the reader's language, its table of contents and feedback. */
@Named
@RequestScoped
public class ArticleView {

  static final int RELATED = 5;

  @Inject ArticleService articles;
  @Inject SearchService search;
  @Inject UserLocale userLocale;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  private String slug;
  private String voted;
  private ArticlePage page;
  private List<Related> related;

  /** A link to another article. */
  public record Related(String slug, String title) {}

  public void load() throws IOException {
    try {
      page = articles.read(slug, userLocale.getLanguage());
    } catch (NotFound | kb.shared.validation.InvalidInput e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    related = related(page.slug(), userLocale.getLanguage());
    PageMarks cache = PageMarks.of(request);
    if (cache != null) {
      cache.cacheable();
    }
    if (voted == null) {
      if (cache != null) {
        cache.view(page.slug(), page.locale()); // counted each time the cache serves the page
      } else {
        articles.recordView(page.slug(), page.locale());
      }
    }
  }

  /**
   * The articles nearest this one by meaning where its language has vectors, else the most read of
   * its category.
   */
  private List<Related> related(String slug, String locale) {
    List<Related> near =
        search.related(slug, locale, RELATED).stream()
            .map(h -> new Related(h.slug(), h.title()))
            .toList();
    if (!near.isEmpty()) {
      return near;
    }
    return articles.related(slug, locale, RELATED).stream()
        .map(a -> new Related(a.slug(), a.title()))
        .toList();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getVoted() {
    return voted;
  }

  public void setVoted(String voted) {
    this.voted = voted;
  }

  public ArticlePage getPage() {
    return page;
  }

  public List<Related> getRelated() {
    return related;
  }
}
