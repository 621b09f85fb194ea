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
import kb.accounts.Access;
import kb.accounts.Action;
import kb.search.SearchLogRetention;
import kb.shared.validation.InvalidInput;
import kb.web.shared.CurrentActor;

/**
 * {@code POST /admin/search-log/retention?at=}: applies the search log's retention now (it also
 * runs daily), or as of another time, for administrators checking what it would remove.
 */
@Path("admin/search-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchLogResource {

  @Inject SearchLogRetention retention;
  @Inject CurrentActor actor;
  @Inject Access access;
  @Context SecurityContext security;

  @POST
  @Path("retention")
  public SearchLogRetention.Result apply(@QueryParam("at") String at) {
    access.require(actor.get(), Action.ADMINISTER);
    try {
      return retention.apply(
          actor.get(),
          at == null || at.isBlank() ? OffsetDateTime.now() : OffsetDateTime.parse(at));
    } catch (DateTimeParseException e) {
      throw new InvalidInput("at", "searchLog.at");
    }
  }
}
