package kb.web.articles;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kb.articles.FeedbackService;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * Takes the "Was this helpful?" form of the article page: a plain POST that needs no session or
 * JavaScript, then a redirect back (post/redirect/get). Visitors are told apart by an anonymous
 * {@code kb_visitor} cookie, so each counts once per article without signing in.
 */
@WebServlet(name = "feedback", urlPatterns = "/feedback")
public class FeedbackServlet extends HttpServlet {

  public static final String VISITOR_COOKIE = "kb_visitor";

  @Inject transient FeedbackService feedback;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String slug = request.getParameter("slug");
    String locale = request.getParameter("locale");
    String helpful = request.getParameter("helpful");
    if (slug == null || locale == null || !("yes".equals(helpful) || "no".equals(helpful))) {
      response.sendError(400);
      return;
    }
    String back =
        request.getContextPath() + "/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    try {
      feedback.vote(
          slug,
          locale,
          visitor(request, response),
          "yes".equals(helpful),
          request.getParameter("comment"));
    } catch (NotFound e) {
      response.sendError(404);
      return;
    } catch (InvalidInput e) {
      response.sendRedirect(back + "?voted=" + helpful + "&error=" + e.field() + "#feedback");
      return;
    }
    boolean commented = request.getParameter("comment") != null;
    response.sendRedirect(
        back + "?voted=" + helpful + (commented ? "&thanks=true" : "") + "#feedback");
  }

  /** The visitor id the request carries, or null when it has none (nothing is set). */
  public static String existingVisitor(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (VISITOR_COOKIE.equals(c.getName()) && c.getValue().matches("[0-9a-f-]{36}")) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  public static String visitor(HttpServletRequest request, HttpServletResponse response) {
    String known = existingVisitor(request);
    if (known != null) {
      return known;
    }
    String id = UUID.randomUUID().toString();
    Cookie cookie = new Cookie(VISITOR_COOKIE, id);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    return id;
  }
}
