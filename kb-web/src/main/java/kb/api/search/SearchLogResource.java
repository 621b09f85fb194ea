package kb.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import kb.accounts.Role;
import kb.api.shared.Callers;
import kb.search.SearchLogRetention;
import kb.shared.validation.InvalidInput;

/**
 * {@code POST /admin/search-log/retention?at=}: applies the search log's retention now (it also
 * runs daily), or as of another time, for administrators checking what it would remove.
 */
@Path("admin/search-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchLogResource {

  @Inject SearchLogRetention retention;
  @Context SecurityContext security;

  @POST
  @Path("retention")
  public SearchLogRetention.Result apply(@QueryParam("at") String at) {
    Callers.require(security, "account.role.adminOnly", Role.ADMIN);
    try {
      return retention.apply(
          at == null || at.isBlank() ? OffsetDateTime.now() : OffsetDateTime.parse(at));
    } catch (DateTimeParseException e) {
      throw new InvalidInput("at", "searchLog.at");
    }
  }
}
