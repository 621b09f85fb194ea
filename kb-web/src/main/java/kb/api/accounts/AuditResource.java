package kb.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kb.accounts.AuditEvent;
import kb.accounts.AuditKind;
import kb.accounts.AuditLog;
import kb.api.shared.Params;
import kb.web.shared.CurrentActor;

/**
 * {@code GET /admin/audit?kind=&user=&page=&size=}: the security audit log for administrators,
 * newest first: sign-ins and failures with the client's address, role and password changes, and
 * changed settings.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog log;
  @Inject CurrentActor actor;

  @GET
  public List<AuditEvent.View> list(
      @QueryParam("kind") String kind,
      @QueryParam("user") String user,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    AuditKind k =
        kind == null || kind.isBlank()
            ? null
            : Params.choice(AuditKind.class, kind, "kind", "audit.kind.unknown");
    return log.page(actor.get(), k, user, page, size);
  }
}
