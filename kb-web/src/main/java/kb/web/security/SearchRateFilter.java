package kb.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kb.api.shared.ApiErrors;

/**
 * Refuses searches and suggestions beyond the client's {@link SearchBudget} with 429 and {@code
 * Retry-After}, before the page cache or the search log see them. Mapped in web.xml (not by
 * annotation) so that it runs before the annotated filters, the page cache among them. The top
 * bar's instant search, a JSF request, asks the budget itself.
 */
public class SearchRateFilter extends HttpFilter {

  @Inject SearchBudget budget;

  @Inject ApiErrors apiErrors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long wait = budget.take(request);
    if (wait == 0) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", String.valueOf(wait));
    if (KbAuthenticationMechanism.isApi(request)) {
      apiErrors.write(response, 429, "search.tooMany", wait);
    } else {
      response.sendError(429);
    }
  }
}
