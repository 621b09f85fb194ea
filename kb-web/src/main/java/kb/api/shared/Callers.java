package kb.api.shared;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import kb.accounts.Role;
import kb.shared.validation.Forbidden;

/** Who may call an endpoint: 401 with a Basic challenge when nobody signed in, else 403. */
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

  /**
   * The signed-in caller's username, if they hold one of the roles; otherwise a 403 worded by
   * {@code forbidden}.
   */
  public static String require(SecurityContext security, String forbidden, Role... anyOf) {
    if (security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"kb\"");
    }
    for (Role role : anyOf) {
      if (security.isUserInRole(role.name())) {
        return security.getUserPrincipal().getName();
      }
    }
    throw new Forbidden(forbidden);
  }
}
