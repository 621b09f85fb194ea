package kb.api.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import kb.api.shared.Callers;
import kb.api.shared.Params;
import kb.forum.Moderation;
import kb.shared.validation.InvalidInput;

/** The moderators' queue and audit log over REST; every call needs the moderation privilege. */
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

  @Inject Moderation moderation;
  @Context SecurityContext security;

  public record FlagItem(
      long id,
      long postId,
      String flagger,
      String reason,
      String detail,
      OffsetDateTime createdAt) {}

  public record AuditItem(
      long id, String moderator, String action, Long postId, String detail, OffsetDateTime at) {}

  public record ReviewBody(String action, String note) {}

  @GET
  @Path("flags")
  public List<FlagItem> flags() {
    moderation.requireModerator(Callers.signedIn(security));
    return moderation.pendingFlags(500).stream()
        .map(
            f ->
                new FlagItem(
                    f.id(), f.postId(), f.flagger(), f.reason().name(), f.detail(), f.createdAt()))
        .toList();
  }

  @POST
  @Path("posts/{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(@PathParam("id") long id, ReviewBody body) {
    String username = Callers.signedIn(security);
    if (body == null || body.action() == null) {
      throw new InvalidInput("action", "forum.review.action");
    }
    Moderation.Review action =
        Params.choice(Moderation.Review.class, body.action(), "action", "forum.review.action");
    moderation.review(username, id, action, body.note());
    return Response.noContent().build();
  }

  @GET
  @Path("audit")
  public List<AuditItem> audit(
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    moderation.requireModerator(Callers.signedIn(security));
    if (page < 1 || page > 10_000 || size < 1 || size > 200) {
      throw new InvalidInput("size", "forum.page.range", 200);
    }
    return moderation.audit((page - 1) * size, size).stream()
        .map(
            a ->
                new AuditItem(
                    a.id(), a.moderator(), a.action(), a.postId(), a.detail(), a.createdAt()))
        .toList();
  }
}
