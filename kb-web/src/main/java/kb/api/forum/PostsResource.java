package kb.api.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import kb.api.shared.Callers;
import kb.api.shared.Params;
import kb.forum.Comment;
import kb.forum.FlagReason;
import kb.forum.Moderation;
import kb.forum.Post;
import kb.forum.Posting;
import kb.forum.Posts;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.forum.Voting;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/** Actions on any post, question or answer: vote, flag, comment, edit, delete, revisions. */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

  @Inject Voting voting;
  @Inject Moderation moderation;
  @Inject Posting posting;
  @Inject Posts posts;
  @Inject Threads threads;
  @Context SecurityContext security;

  public record VoteBody(Integer value) {}

  public record Score(long id, int score) {}

  public record FlagBody(String reason, String detail) {}

  public record CommentBody(String text) {}

  public record Commented(long id, String author, String text) {}

  public record EditBody(String title, String markdown, List<String> tags, Long version) {}

  public record Edited(long id, long version, String html) {}

  @POST
  @Path("{id: \\d+}/votes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Score vote(@PathParam("id") long id, VoteBody body) {
    String username = Callers.signedIn(security);
    if (body == null || body.value() == null) {
      throw new InvalidInput("value", "forum.vote.value");
    }
    return new Score(id, voting.vote(username, id, body.value()));
  }

  @POST
  @Path("{id: \\d+}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flag(@PathParam("id") long id, FlagBody body) {
    String username = Callers.signedIn(security);
    if (body == null || body.reason() == null) {
      throw new InvalidInput("reason", "forum.flag.reason");
    }
    FlagReason reason =
        Params.choice(FlagReason.class, body.reason(), "reason", "forum.flag.reason");
    moderation.flag(username, id, reason, body.detail());
    return Response.status(201).build();
  }

  @POST
  @Path("{id: \\d+}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, CommentBody body) {
    String username = Callers.signedIn(security);
    Comment c = posting.comment(username, id, body == null ? null : body.text());
    return Response.status(201).entity(new Commented(c.id(), c.author(), c.text())).build();
  }

  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Edited edit(@PathParam("id") long id, EditBody body) {
    String username = Callers.signedIn(security);
    if (body == null) {
      throw new InvalidInput("markdown", "error.badJson");
    }
    Post p =
        posting.edit(
            username,
            id,
            new Posting.QuestionInput(body.title(), body.markdown(), body.tags(), null),
            body.version());
    return new Edited(p.id(), p.version(), p.html());
  }

  @DELETE
  @Path("{id: \\d+}")
  public Response delete(@PathParam("id") long id) {
    posting.delete(Callers.signedIn(security), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id: \\d+}/revisions")
  public List<ThreadViews.Revision> revisions(@PathParam("id") long id) {
    Post p = posts.find(id);
    Post q = p.isQuestion() ? p : posts.find(p.questionId());
    if (p.deleted() || p.hidden() || q.deleted() || q.hidden()) {
      throw new NotFound("forum.notFound");
    }
    return threads.revisions(id);
  }
}
