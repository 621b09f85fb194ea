package kb.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.search.Reindex;
import kb.search.SearchIndex;
import kb.shared.validation.Conflict;
import kb.web.shared.CurrentActor;

/**
 * {@code /admin/search-index}: start a rebuild of the search index from the database and follow it,
 * for administrators' scripts (the admin page does the same with a progress bar).
 */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  /** Where the rebuild stands, and the documents in the index now. */
  public record Status(
      boolean running, int done, int total, int percent, String error, long documents) {}

  @Inject Reindex reindex;
  @Inject CurrentActor actor;
  @Inject Access access;
  @Inject SearchIndex index;
  @Context SecurityContext security;

  @GET
  public Status status() {
    requireAdmin();
    Reindex.State s = reindex.state();
    return new Status(s.running(), s.done(), s.total(), s.percent(), s.error(), index.count());
  }

  @POST
  public Response start() {
    requireAdmin();
    if (!reindex.start(actor.get())) {
      throw new Conflict("reindex.alreadyRunning");
    }
    return Response.accepted(status()).build();
  }

  private void requireAdmin() {
    access.require(actor.get(), Action.ADMINISTER);
  }
}
