package kb.web.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import kb.articles.ArticleService;
import kb.articles.Views.ArticleSummary;
import kb.articles.Views.CategoryView;
import kb.web.cache.PageMarks;
import kb.web.i18n.UserLocale;

/** One category and its articles in the reader's language. */
@Named
@RequestScoped
public class CategoryPage {

  @Inject ArticleService articles;
  @Inject UserLocale userLocale;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  private String id;
  private CategoryView category;
  private List<ArticleSummary> items;

  public void load() throws IOException {
    String locale = userLocale.getLanguage();
    category = id == null ? null : articles.category(id, locale).orElse(null);
    if (category == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    items = articles.inCategory(id, locale);
    PageMarks cache = PageMarks.of(request);
    if (cache != null) {
      cache.cacheable();
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CategoryView getCategory() {
    return category;
  }

  public List<ArticleSummary> getItems() {
    return items;
  }
}
