package kb.web.search;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kb.articles.Slug;
import kb.search.ArticleDocument;
import kb.search.SearchLog;
import kb.shared.i18n.Locales;
import kb.shared.validation.NotFound;
import kb.web.articles.FeedbackServlet;

/**
 * {@code GET /search/go?s={searchId}&slug=&locale=}: a result link. Logs the click, then redirects
 * to the article; only article addresses are accepted, so this is never an open redirect.
 */
@WebServlet("/search/go")
public class SearchClickServlet extends HttpServlet {

  @Inject SearchLog log;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getParameter("slug");
    String locale = request.getParameter("locale");
    if (slug == null || !Slug.isValid(slug) || !Locales.isSupported(locale)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      log.click(
          Long.parseLong(request.getParameter("s")),
          "article",
          ArticleDocument.id(slug, locale),
          FeedbackServlet.existingVisitor(request));
    } catch (NumberFormatException | NotFound e) {
      // an old or edited link still leads to the article; only the click goes unrecorded
    }
    response.sendRedirect(request.getContextPath() + "/articles/" + slug);
  }
}
