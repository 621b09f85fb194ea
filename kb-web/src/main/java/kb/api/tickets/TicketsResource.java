package kb.api.tickets;

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
import java.util.List;
import kb.api.shared.Callers;
import kb.api.shared.Params;
import kb.reputation.Members;
import kb.shared.validation.InvalidInput;
import kb.tickets.TicketMessage;
import kb.tickets.TicketNumber;
import kb.tickets.TicketQueries;
import kb.tickets.TicketStatus;
import kb.tickets.TicketViews;
import kb.tickets.Tickets;

/**
 * Tickets (DESIGN §5). Agents see the queue and every ticket; a requester sees their own tickets
 * and, for anyone else's, the same 404 as for a ticket that does not exist.
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject Tickets tickets;
  @Inject TicketQueries queries;
  @Inject Members members;
  @Inject kb.tickets.KnowledgeCapture capture;
  @Context SecurityContext security;

  /** A message: {@code public} (default true) false makes it an internal note. */
  public record MessageBody(
      String markdown,
      @jakarta.json.bind.annotation.JsonbProperty("public") Boolean visible,
      Boolean toThread) {}

  public record Posted(long id, Long answerId) {}

  public record StatusBody(String status, Long version) {}

  public record AssignBody(String assignee) {}

  public record PriorityBody(String priority) {}

  public record TagsBody(java.util.List<String> tags) {}

  public record MergeBody(String into) {}

  /** The most tickets one page of the list holds. */
  static final int MAX_PAGE = 200;

  /**
   * Agents: a page of tickets, open ones unless {@code status} says otherwise, narrowed by {@code
   * queue} (mine, unassigned, breaching) and {@code assignee}, paged in the database. Anyone else:
   * their own tickets.
   */
  @GET
  public List<TicketViews.Row> list(
      @QueryParam("queue") @DefaultValue("all_open") String queue,
      @QueryParam("status") String status,
      @QueryParam("assignee") String assignee,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    String me = Callers.signedIn(security);
    if (!tickets.isAgent(members.require(me))) {
      return queries.of(me, 100);
    }
    if (page < 1 || size < 1 || size > MAX_PAGE) {
      throw new InvalidInput("size", "forum.page.range", MAX_PAGE);
    }
    TicketViews.Queue q =
        Params.choice(TicketViews.Queue.class, queue, "queue", "ticket.queue.unknown");
    return queries.queue(
        me,
        q,
        status == null || status.isBlank() ? null : status(status),
        assignee == null || assignee.isBlank() ? null : assignee.strip(),
        page,
        size);
  }

  @GET
  @Path("{number}")
  public TicketViews.Detail get(@PathParam("number") String number) {
    return queries.detail(Callers.signedIn(security), TicketNumber.parse(number));
  }

  @POST
  @Path("{number}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response message(@PathParam("number") String number, MessageBody body) {
    String me = Callers.signedIn(security);
    if (body == null) {
      throw new InvalidInput("markdown", "error.badJson");
    }
    TicketMessage m =
        tickets.reply(
            me,
            TicketNumber.parse(number),
            body.markdown(),
            !Boolean.FALSE.equals(body.visible()),
            Boolean.TRUE.equals(body.toThread()));
    return Response.status(201).entity(new Posted(m.id(), m.answerId())).build();
  }

  @POST
  @Path("{number}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketViews.Detail status(@PathParam("number") String number, StatusBody body) {
    String me = Callers.signedIn(security);
    if (body == null || body.status() == null) {
      throw new InvalidInput("status", "ticket.status.unknown");
    }
    tickets.status(me, TicketNumber.parse(number), status(body.status()), body.version());
    return queries.detail(me, TicketNumber.parse(number));
  }

  @POST
  @Path("{number}/priority")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketViews.Detail priority(@PathParam("number") String number, PriorityBody body) {
    String me = Callers.signedIn(security);
    kb.tickets.Priority p =
        Params.choice(
            kb.tickets.Priority.class,
            body == null ? null : body.priority(),
            "priority",
            "ticket.priority.unknown");
    tickets.prioritize(me, TicketNumber.parse(number), p);
    return queries.detail(me, TicketNumber.parse(number));
  }

  @POST
  @Path("{number}/tags")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketViews.Detail tags(@PathParam("number") String number, TagsBody body) {
    String me = Callers.signedIn(security);
    String tags = body == null || body.tags() == null ? "" : String.join(" ", body.tags());
    tickets.tag(me, TicketNumber.parse(number), tags);
    return queries.detail(me, TicketNumber.parse(number));
  }

  @POST
  @Path("{number}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketViews.Detail assign(@PathParam("number") String number, AssignBody body) {
    String me = Callers.signedIn(security);
    tickets.assign(me, TicketNumber.parse(number), body == null ? null : body.assignee());
    return queries.detail(me, TicketNumber.parse(number));
  }

  @POST
  @Path("{number}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public TicketViews.Detail merge(@PathParam("number") String number, MergeBody body) {
    String me = Callers.signedIn(security);
    if (body == null || body.into() == null) {
      throw new InvalidInput("into", "ticket.notFound");
    }
    var target = tickets.merge(me, TicketNumber.parse(number), TicketNumber.parse(body.into()));
    return queries.detail(me, target.number());
  }

  /** Knowledge capture: a KB draft from a solved ticket, for editors to finish; 201 {slug}. */
  @POST
  @Path("{number}/draft")
  public Response draft(@PathParam("number") String number) {
    var page = capture.fromTicket(Callers.signedIn(security), TicketNumber.parse(number));
    return Response.status(201).entity(Drafted.of(page)).build();
  }

  /** Where a captured draft is: its slug, language and the editor page to finish it. */
  public record Drafted(String slug, String locale, String editUrl) {
    public static Drafted of(kb.articles.Views.ArticlePage page) {
      return new Drafted(
          page.slug(),
          page.locale(),
          "/editor/edit.xhtml?slug=" + page.slug() + "&locale=" + page.locale());
    }
  }

  static TicketStatus status(String name) {
    return Params.choice(TicketStatus.class, name, "status", "ticket.status.unknown");
  }
}
