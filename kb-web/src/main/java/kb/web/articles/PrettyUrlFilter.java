package kb.web.articles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the readable URLs that articles link to ({@code /articles/track-order}, {@code
 * /categories/shipping}) from their JSF views.
 */
@WebFilter(
    filterName = "prettyUrls",
    urlPatterns = {
      "/articles/*",
      "/categories/*",
      "/questions",
      "/questions/*",
      "/users/*",
      "/tags/*"
    })
public class PrettyUrlFilter extends HttpFilter {

  private static final Pattern PATH =
      Pattern.compile("/(articles|categories)/([a-z0-9-]{1,120})/?");
  private static final Pattern COMMUNITY =
      Pattern.compile("/(questions|users|tags)(?:/([\\p{L}\\p{N}._-]{1,120}))?/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    try {
      path = java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      response.sendError(404);
      return;
    }
    Matcher c = COMMUNITY.matcher(path);
    if (c.matches()) {
      community(c.group(1), c.group(2), request, response);
      return;
    }
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      response.sendError(404);
      return;
    }
    String view = m.group(1).equals("articles") ? "/article.xhtml?slug=" : "/category.xhtml?id=";
    request
        .getRequestDispatcher(view + URLEncoder.encode(m.group(2), StandardCharsets.UTF_8))
        .forward(request, response);
  }

  /**
   * {@code /questions}, {@code /questions/42}, {@code /questions/ask}, {@code /users/alice}, {@code
   * /tags/returns}.
   */
  private static void community(
      String kind, String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    String view;
    if (kind.equals("questions") && name == null) {
      view = "/community/questions.xhtml?" + query;
    } else if (kind.equals("questions") && name.equals("ask")) {
      response.sendRedirect(
          request.getContextPath() + "/account/ask.xhtml" + (query.isEmpty() ? "" : "?" + query));
      return;
    } else if (kind.equals("questions") && name.matches("\\d{1,18}")) {
      view = "/community/thread.xhtml?id=" + name;
    } else if (kind.equals("users") && name != null) {
      view = "/community/user.xhtml?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    } else if (kind.equals("tags") && name != null) {
      view =
          "/community/questions.xhtml?tag="
              + URLEncoder.encode(name, StandardCharsets.UTF_8)
              + "&"
              + query;
    } else {
      response.sendError(404);
      return;
    }
    request.getRequestDispatcher(view).forward(request, response);
  }
}
