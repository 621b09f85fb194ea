package kb.api.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.api.shared.Callers;
import kb.api.shared.Params;
import kb.forum.CloseReason;
import kb.forum.Following;
import kb.forum.Moderation;
import kb.forum.Post;
import kb.forum.Posting;
import kb.forum.Suggestions;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.forum.Voting;
import kb.reputation.Members;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.web.articles.FeedbackServlet;
import kb.web.shared.ClientAddress;
import kb.web.shared.CurrentActor;

/**
 * Community threads (DESIGN §5): list, ask, read, answer, accept, and the thread actions (close,
 * reopen, lock, follow). The rules live in {@code kb.forum}; this maps them to HTTP.
 */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

  @Inject Threads threads;
  @Inject Posting posting;
  @Inject Voting voting;
  @Inject Moderation moderation;
  @Inject Following following;
  @Inject Members members;
  @Inject Suggestions suggestions;
  @Inject kb.tickets.Tickets tickets;
  @Inject kb.tickets.KnowledgeCapture capture;
  @Inject kb.tickets.TicketQueries ticketQueries;
  @Inject kb.accounts.Privileges privileges;
  @Inject Access access;
  @Inject CurrentActor actor;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  public record Ask(String title, String markdown, List<String> tags, String locale) {}

  public record Created(long id, String url) {}

  public record AnswerBody(String markdown, Boolean official) {}

  public record Accept(Long answerId) {}

  public record Close(String reason, String duplicateOf) {}

  public record Lock(Boolean locked) {}

  public record Escalate(String reason) {}

  public record Escalated(String number, String status) {}

  public record AnswerItem(
      long id,
      String html,
      String markdown,
      String author,
      int score,
      boolean accepted,
      boolean official,
      OffsetDateTime createdAt,
      long version,
      List<ThreadViews.CommentView> comments,
      Set<String> actions) {}

  public record ThreadItem(
      long id,
      String title,
      String html,
      String markdown,
      String author,
      int score,
      List<String> tags,
      String locale,
      String status,
      Long acceptedAnswerId,
      String closedReason,
      String duplicateOf,
      boolean locked,
      int views,
      long version,
      String url,
      kb.tickets.TicketViews.Banner ticket,
      List<ThreadViews.CommentView> comments,
      List<AnswerItem> answers,
      Set<String> threadActions,
      Set<String> actions) {}

  @GET
  public ThreadViews.Page list(
      @QueryParam("sort") @DefaultValue("active") String sort,
      @QueryParam("tag") String tag,
      @QueryParam("locale") String locale,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 1 || size < 1 || size > Threads.MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "forum.page.range", Threads.MAX_PAGE_SIZE);
    }
    return threads.list(sort(sort), tag, locale(locale), page, size);
  }

  /**
   * "Before you ask" deflection over the last {@code days}: suggestions opened from the ask form,
   * visits that ended without a question (deflected), and those that asked anyway.
   */
  @GET
  @Path("deflections")
  public Suggestions.Deflection deflections(@QueryParam("days") @DefaultValue("30") int days) {
    access.require(actor.get(), Action.READ_ANALYTICS);
    if (days < 1 || days > 366) {
      throw new InvalidInput("days", "gap.days.range", 366);
    }
    return suggestions.since(OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(Ask body) {
    String username = Callers.signedIn(security);
    if (body == null) {
      throw new InvalidInput("title", "error.badJson");
    }
    Post q =
        posting.ask(
            username,
            new Posting.QuestionInput(body.title(), body.markdown(), body.tags(), body.locale()),
            visitor(),
            ClientAddress.remote(request));
    String url = request.getContextPath() + "/questions/" + q.id();
    return Response.created(URI.create(url)).entity(new Created(q.id(), url)).build();
  }

  @GET
  @Path("{id: \\d+}")
  public ThreadItem get(@PathParam("id") long id) {
    Actor viewer = actor.get();
    ThreadViews.Thread t = threads.thread(id, viewer);
    Set<String> threadActions = new TreeSet<>(t.actions());
    threadActions.addAll(tickets.threadActions(viewer, id));
    ThreadViews.PostView q = t.question();
    return new ThreadItem(
        t.id(),
        t.title(),
        q.html(),
        q.markdown(),
        q.author(),
        q.score(),
        t.tags(),
        t.locale(),
        t.status(),
        t.acceptedAnswerId(),
        t.closedReason() == null ? null : t.closedReason().name(),
        t.duplicateOf(),
        t.locked(),
        t.views(),
        q.version(),
        request.getContextPath() + t.url(),
        ticketQueries.banner(t.id()),
        q.comments(),
        t.answers().stream()
            .map(
                a ->
                    new AnswerItem(
                        a.id(),
                        a.html(),
                        a.markdown(),
                        a.author(),
                        a.score(),
                        a.accepted(),
                        a.official(),
                        a.createdAt(),
                        a.version(),
                        a.comments(),
                        a.actions()))
            .toList(),
        threadActions,
        q.actions());
  }

  @POST
  @Path("{id: \\d+}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("id") long id, AnswerBody body) {
    String username = Callers.signedIn(security);
    if (body == null) {
      throw new InvalidInput("markdown", "error.badJson");
    }
    Post a =
        posting.answer(
            username,
            id,
            body.markdown(),
            Boolean.TRUE.equals(body.official()),
            ClientAddress.remote(request));
    String url = request.getContextPath() + "/questions/" + id + "#a" + a.id();
    return Response.created(URI.create(url)).entity(new Created(a.id(), url)).build();
  }

  @POST
  @Path("{id: \\d+}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  public ThreadItem accept(@PathParam("id") long id, Accept body) {
    String username = Callers.signedIn(security);
    if (body == null || body.answerId() == null) {
      throw new InvalidInput("answerId", "forum.accept.notAnswer");
    }
    voting.accept(username, id, body.answerId(), ClientAddress.remote(request));
    return get(id);
  }

  @DELETE
  @Path("{id: \\d+}/accept")
  public ThreadItem unaccept(@PathParam("id") long id) {
    voting.unaccept(Callers.signedIn(security), id);
    return get(id);
  }

  @POST
  @Path("{id: \\d+}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  public ThreadItem close(@PathParam("id") long id, Close body) {
    String username = Callers.signedIn(security);
    if (body == null || body.reason() == null) {
      throw new InvalidInput("reason", "forum.close.reason");
    }
    CloseReason reason =
        Params.choice(CloseReason.class, body.reason(), "reason", "forum.close.reason");
    moderation.close(username, id, reason, body.duplicateOf());
    return get(id);
  }

  /** "I still need help" (the asker) or an agent's or moderator's escalation: 201 {number}. */
  @POST
  @Path("{id: \\d+}/escalate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response escalate(@PathParam("id") long id, Escalate body) {
    String username = Callers.signedIn(security);
    kb.tickets.Ticket t =
        tickets.escalate(username, id, body == null ? null : body.reason(), visitor());
    return Response.status(201)
        .entity(new Escalated(t.number().toString(), t.status().name()))
        .build();
  }

  /** Knowledge capture: a KB draft from the thread's accepted answer; 201 {slug}. */
  @POST
  @Path("{id: \\d+}/draft")
  public Response draft(@PathParam("id") long id) {
    var page = capture.fromAcceptedAnswer(Callers.signedIn(security), id);
    return Response.status(201).entity(kb.api.tickets.TicketsResource.Drafted.of(page)).build();
  }

  @POST
  @Path("{id: \\d+}/reopen")
  public ThreadItem reopen(@PathParam("id") long id) {
    moderation.reopen(Callers.signedIn(security), id);
    return get(id);
  }

  @POST
  @Path("{id: \\d+}/lock")
  @Consumes(MediaType.APPLICATION_JSON)
  public ThreadItem lock(@PathParam("id") long id, Lock body) {
    moderation.lock(
        Callers.signedIn(security), id, body == null || !Boolean.FALSE.equals(body.locked()));
    return get(id);
  }

  @POST
  @Path("{id: \\d+}/follow")
  public Response follow(@PathParam("id") long id) {
    following.follow(Callers.signedIn(security), id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id: \\d+}/follow")
  public Response unfollow(@PathParam("id") long id) {
    following.unfollow(Callers.signedIn(security), id);
    return Response.noContent().build();
  }

  private String visitor() {
    return FeedbackServlet.existingVisitor(request);
  }

  static ThreadViews.Sort sort(String name) {
    return Params.choice(ThreadViews.Sort.class, name, "sort", "forum.sort.unknown");
  }

  static String locale(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return Locales.match(tag)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }
}
