package kb.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import kb.accounts.AccountService;
import kb.accounts.Role;
import kb.api.shared.Callers;
import kb.api.shared.Params;

/**
 * Roles of accounts, {@code PUT} and {@code DELETE /admin/users/{username}/roles/{role}}: the REST
 * face of {@code /admin/users.xhtml}. The service checks that the caller administers the site.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject AccountService accounts;

  /** Grants a role (administrators); the account's open sessions end on their next request. */
  @PUT
  @Path("{username}/roles/{role}")
  public AccountsResource.Me grant(
      @Context SecurityContext security,
      @PathParam("username") String username,
      @PathParam("role") String role) {
    return AccountsResource.Me.of(accounts.grant(Callers.signedIn(security), username, role(role)));
  }

  /** Revokes a role (administrators); the account's open sessions end on their next request. */
  @DELETE
  @Path("{username}/roles/{role}")
  public AccountsResource.Me revoke(
      @Context SecurityContext security,
      @PathParam("username") String username,
      @PathParam("role") String role) {
    return AccountsResource.Me.of(
        accounts.revoke(Callers.signedIn(security), username, role(role)));
  }

  private static Role role(String name) {
    return Params.choice(Role.class, name, "role", "account.role.unknown");
  }
}
