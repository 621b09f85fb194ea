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
    urlPatterns = {"/articles/*", "/categories/*"})
public class PrettyUrlFilter extends HttpFilter {

  private static final Pattern PATH =
      Pattern.compile("/(articles|categories)/([a-z0-9-]{1,120})/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!m.matches()) {
      response.sendError(404);
      return;
    }
    String view = m.group(1).equals("articles") ? "/article.xhtml?slug=" : "/category.xhtml?id=";
    request
        .getRequestDispatcher(view + URLEncoder.encode(m.group(2), StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
