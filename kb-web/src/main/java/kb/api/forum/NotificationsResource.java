package kb.api.forum;

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
import java.util.List;
import kb.api.shared.Callers;
import kb.notifications.Inbox;
import kb.reputation.Members;

/** The caller's own notices: {@code GET /notifications}, {@code POST /notifications/read}. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Inbox inbox;
  @Inject Members members;
  @Context SecurityContext security;

  public record Notices(long unread, List<Inbox.Notice> items) {}

  @GET
  public Notices mine() {
    long id = members.require(Callers.signedIn(security)).id();
    return new Notices(inbox.unread(id), inbox.of(id, 50));
  }

  @POST
  @Path("read")
  public Response read() {
    inbox.readAll(members.require(Callers.signedIn(security)).id());
    return Response.noContent().build();
  }
}
