package kb.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kb.shared.config.KbConfig;

/**
 * Who is on the other end of a request. Forwarding headers are believed only from the proxies
 * configured in {@code KB_TRUSTED_PROXIES} (none by default): from anyone else they are a client's
 * own claim, which would let it pick a fresh address for every rate-limited request.
 */
public final class ClientAddress {

  private static final List<String> PROXIES =
      KbConfig.current().list("kb.trusted-proxies", List.of());

  private ClientAddress() {}

  /** The client's address: the peer, or the nearest untrusted hop a trusted proxy reported. */
  public static String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!PROXIES.contains(peer)) {
      return peer;
    }
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank()) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !PROXIES.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }

  /**
   * The client's address as posts record it, or null when the request comes from this machine
   * itself (demo scripts, benchmarks, tests): the budgets and the same-address rules leave those
   * alone.
   */
  public static String remote(HttpServletRequest request) {
    return local(request) ? null : of(request);
  }

  /** Whether the request came from a trusted proxy, whose scheme header is then believed. */
  public static boolean viaTrustedProxy(HttpServletRequest request) {
    return PROXIES.contains(request.getRemoteAddr());
  }

  /** Whether the request was made over TLS, at this server or at a trusted proxy in front. */
  public static boolean secure(HttpServletRequest request) {
    return request.isSecure()
        || (viaTrustedProxy(request)
            && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }

  /**
   * Whether the request came straight from this machine: a loopback peer, a loopback Host, and no
   * proxy in between (any forwarding header means one). Demo passwords work only then.
   */
  public static boolean local(HttpServletRequest request) {
    return loopback(request.getRemoteAddr())
        && loopback(hostName(request.getHeader("Host")))
        && request.getHeader("X-Forwarded-For") == null
        && request.getHeader("X-Forwarded-Host") == null
        && request.getHeader("X-Real-IP") == null
        && request.getHeader("Forwarded") == null
        && request.getHeader("Via") == null;
  }

  private static boolean loopback(String host) {
    return host != null
        && (host.equals("localhost")
            || host.startsWith("127.")
            || host.equals("::1")
            || host.equals("0:0:0:0:0:0:0:1"));
  }

  private static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return null;
    }
    if (hostHeader.startsWith("[")) {
      int end = hostHeader.indexOf(']');
      return end < 0 ? hostHeader : hostHeader.substring(1, end);
    }
    int colon = hostHeader.indexOf(':');
    return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
  }
}
