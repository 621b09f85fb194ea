package kb.web.articles;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.articles.ArticleService;
import kb.articles.Views.ArticleSummary;
import kb.articles.Views.CategoryView;
import kb.web.cache.PageMarks;
import kb.web.i18n.UserLocale;

/** The help-center home: categories, popular and recently updated articles. */
@Named
@RequestScoped
public class HomeView {

  @Inject ArticleService articles;
  @Inject UserLocale userLocale;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  static final int LISTED = 6;

  private List<CategoryView> categories;
  private List<ArticleSummary> popular;
  private List<ArticleSummary> recent;

  @PostConstruct
  void load() {
    String locale = userLocale.getLanguage();
    categories = articles.categories(locale);
    ArticleService.HomeLists lists = articles.home(locale, LISTED);
    popular = lists.popular();
    recent = lists.recent();
    PageMarks cache = PageMarks.of(request);
    if (cache != null) {
      cache.cacheable();
    }
  }

  public List<CategoryView> getCategories() {
    return categories;
  }

  public List<ArticleSummary> getPopular() {
    return popular;
  }

  public List<ArticleSummary> getRecent() {
    return recent;
  }
}
