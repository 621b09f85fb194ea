package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import kb.shared.config.KbConfig;
import kb.web.shared.AddressBuckets;
import kb.web.shared.ClientAddress;

/**
 * How many searches and suggestions one client address may ask for per minute ({@code
 * KB_SEARCH_PER_MINUTE}, 120 by default: far above a person typing, far below a script flooding the
 * search log to bend the gap report). Requests from this machine itself are not counted, so the
 * benchmarks on this machine measure the search, not the limit.
 */
@ApplicationScoped
public class SearchBudget {

  private final AddressBuckets searches =
      new AddressBuckets(
          KbConfig.current().integer("kb.search.per-minute", 120), Duration.ofMinutes(1));

  /** Takes one search from the client's budget: 0 when allowed, else seconds to wait. */
  public long take(HttpServletRequest request) {
    if (ClientAddress.local(request)) {
      return 0;
    }
    String address = ClientAddress.of(request);
    return searches.tryTake(address) ? 0 : searches.secondsToWait(address);
  }
}
