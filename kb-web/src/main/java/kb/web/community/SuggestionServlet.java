package kb.web.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import kb.forum.Suggestions;
import kb.web.articles.FeedbackServlet;

/**
 * {@code GET /suggestion?type=&id=&title=}: a suggestion opened from the ask form. Records it for
 * deflection and sends the reader on to the article or thread (in a new tab, from the page).
 */
@WebServlet("/suggestion")
public class SuggestionServlet extends HttpServlet {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");
  private static final Pattern ID = Pattern.compile("\\d{1,18}");

  @Inject Suggestions suggestions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getParameter("type");
    String id = request.getParameter("id");
    String target;
    if ("article".equals(type) && id != null && SLUG.matcher(id).matches()) {
      target = "/articles/" + id;
    } else if ("question".equals(type) && id != null && ID.matcher(id).matches()) {
      target = "/questions/" + id;
    } else {
      response.sendError(400, "Unknown suggestion");
      return;
    }
    String visitor = FeedbackServlet.visitor(request, response);
    suggestions.opened(visitor, type, id, request.getParameter("title"));
    response.sendRedirect(request.getContextPath() + target);
  }
}
