package kb.api.shared;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is calling an endpoint: 401 with a Basic challenge when it needs an account and nobody signed
 * in. What a caller may do is decided by {@link kb.accounts.Access}, never here.
 */
public final class Callers {

  private Callers() {}

  /** The signed-in caller's username; 401 with a Basic challenge when nobody signed in. */
  public static String signedIn(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"kb\"");
    }
    return security.getUserPrincipal().getName();
  }

  /** The caller's username, or null for an anonymous visitor. */
  public static String optional(SecurityContext security) {
    return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
  }
}
