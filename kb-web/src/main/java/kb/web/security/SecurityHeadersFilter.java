package kb.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import kb.web.shared.ClientAddress;

/**
 * Headers every response carries: no sniffing, no framing by other sites, a tight referrer, a
 * Content-Security-Policy, HSTS over TLS, and {@code no-store} wherever a person's own data is
 * answered (signed in, HTTP Basic, or a page of tickets, accounts or staff work).
 *
 * <p>The policy allows scripts and styles from this site only, plus inline ones: PrimeFaces writes
 * its widget set-up inline, and public pages are served from a shared page cache, so a per-response
 * nonce cannot be used (docs/security.md). What it does close: plugins, {@code <base>} hijacking,
 * forms posting to other sites, framing by other sites, and loading anything from elsewhere.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'self'";

  private static final Pattern PRIVATE =
      Pattern.compile(
          "/(account|staff|admin|editor|agent|tickets|moderation)(/.*)?|/(password-reset|verify-email)\\.xhtml|/api/v1/(me|tickets|admin|notifications|accounts/password-reset)(/.*)?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    if (request.getHeader("Authorization") != null
        || request.getRemoteUser() != null
        || PRIVATE
            .matcher(request.getRequestURI().substring(request.getContextPath().length()))
            .matches()) {
      response.setHeader("Cache-Control", "private, no-store");
    }
    chain.doFilter(request, response);
  }

  /** Sets the headers (also for responses sent from the page cache, whatever the filter order). */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", POLICY);
    if (ClientAddress.secure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
