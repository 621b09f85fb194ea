package kb.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Headers every response carries: no sniffing, no framing by other sites, a tight referrer. */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    chain.doFilter(request, response);
  }

  /** Sets the headers (also for responses sent from the page cache, whatever the filter order). */
  public static void apply(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
  }
}
