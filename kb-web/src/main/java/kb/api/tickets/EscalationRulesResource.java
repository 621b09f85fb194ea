package kb.api.tickets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.api.shared.Params;
import kb.shared.validation.InvalidInput;
import kb.tickets.EscalationRules;
import kb.web.shared.CurrentActor;

/**
 * The escalation rules for administrators: list, switch and tune them, and run them as of a given
 * time ({@code at}) — how an administrator (or a test) checks what a rule would escalate.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EscalationRulesResource {

  @Inject EscalationRules rules;
  @Inject Access access;
  @Inject CurrentActor actor;
  @Context SecurityContext security;

  public record Change(Boolean enabled, Integer hours) {}

  public record Run(List<String> opened) {}

  @Inject kb.tickets.Tickets tickets;

  public record SlaBody(
      Integer firstResponseMinutes, Integer resolutionMinutes, Boolean businessHours) {}

  @GET
  @Path("sla")
  public List<kb.tickets.Tickets.SlaPolicy> sla() {
    access.require(actor.get(), Action.ADMINISTER);
    return tickets.slaPolicies();
  }

  @PUT
  @Path("sla/{priority}")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<kb.tickets.Tickets.SlaPolicy> changeSla(
      @PathParam("priority") String priority, SlaBody body) {
    String admin = requireAdmin();
    if (body == null
        || body.firstResponseMinutes() == null
        || body.resolutionMinutes() == null
        || body.businessHours() == null) {
      throw new InvalidInput("resolutionMinutes", "ticket.sla.minutes", 60 * 24 * 90);
    }
    kb.tickets.Priority p =
        Params.choice(kb.tickets.Priority.class, priority, "priority", "ticket.priority.unknown");
    tickets.changeSla(
        admin, p, body.firstResponseMinutes(), body.resolutionMinutes(), body.businessHours());
    return tickets.slaPolicies();
  }

  @GET
  @Path("escalation-rules")
  public List<EscalationRules.Rule> list() {
    access.require(actor.get(), Action.ADMINISTER);
    return rules.rules();
  }

  @PUT
  @Path("escalation-rules/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<EscalationRules.Rule> change(@PathParam("name") String name, Change body) {
    String admin = requireAdmin();
    if (body == null || body.enabled() == null || body.hours() == null) {
      throw new InvalidInput("hours", "ticket.rules.hours", 24 * 90);
    }
    rules.change(admin, name, body.enabled(), body.hours());
    return rules.rules();
  }

  @POST
  @Path("escalation-rules/run")
  public Run run(@QueryParam("at") String at) {
    access.require(actor.get(), Action.ADMINISTER);
    OffsetDateTime when;
    try {
      when = at == null || at.isBlank() ? OffsetDateTime.now() : OffsetDateTime.parse(at);
    } catch (DateTimeParseException e) {
      throw new InvalidInput("at", "ticket.rules.at");
    }
    return new Run(rules.run(when, false));
  }

  private String requireAdmin() {
    access.require(actor.get(), Action.ADMINISTER);
    return actor.getUsername();
  }
}
