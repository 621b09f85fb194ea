package kb.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import kb.api.shared.ApiErrors;

/**
 * CSRF defence for every state-changing request from a browser: it must come from one of our own
 * pages, as its Origin (or, failing that, Referer) header shows. With the session cookie the header
 * is required; without a session (signing in, registering, voting as a visitor — the views that
 * would otherwise sign a victim in as the attacker) a header naming another site, or the opaque
 * origin {@code null} a sandboxed frame sends, is refused, and a request with neither header (a
 * script, not a browser page: browsers send Origin with every POST) passes. Requests that carry
 * their own credentials (HTTP Basic) pass. JSF forms are protected a second time by their view
 * state, and the cookie is SameSite.
 */
@WebFilter(filterName = "originCheck", urlPatterns = "/*")
public class OriginCheckFilter extends HttpFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject ApiErrors apiErrors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(request.getMethod())
        || request.getHeader("Authorization") != null
        || sameOrigin(request)
        || (request.getRequestedSessionId() == null && !fromABrowserPage(request))) {
      chain.doFilter(request, response);
      return;
    }
    if (KbAuthenticationMechanism.isApi(request)) {
      apiErrors.write(response, 403, "csrf.rejected");
    } else {
      response.sendError(403);
    }
  }

  /** Whether the request names the page it came from, as browsers do and scripts need not. */
  static boolean fromABrowserPage(HttpServletRequest request) {
    return request.getHeader("Origin") != null || request.getHeader("Referer") != null;
  }

  static boolean sameOrigin(HttpServletRequest request) {
    String source = request.getHeader("Origin");
    if (source == null || source.equals("null")) {
      source = request.getHeader("Referer");
    }
    String host = request.getHeader("Host");
    if (source == null || host == null) {
      return false;
    }
    try {
      URI uri = URI.create(source);
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host.equalsIgnoreCase(authority);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
