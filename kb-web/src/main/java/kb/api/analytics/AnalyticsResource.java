package kb.api.analytics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.analytics.Summary;
import kb.analytics.SupportAnalytics;
import kb.shared.validation.InvalidInput;
import kb.tickets.ErlangC;
import kb.web.shared.CurrentActor;

/**
 * {@code GET /analytics/summary?days=} (DESIGN §5) and {@code GET /analytics/staffing}: the Erlang
 * C calculator, for one arrival rate or for the observed arrivals of every hour of the week.
 */
@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalyticsResource {

  @Inject SupportAnalytics analytics;
  @Inject CurrentActor actor;
  @Inject Access access;

  public record Staffing(
      ErlangC.Staffing single, List<List<Integer>> perHourOfWeek, double handlingSeconds) {}

  @GET
  @Path("summary")
  public Summary summary(@QueryParam("days") @DefaultValue("30") int days) {
    access.require(actor.get(), Action.READ_ANALYTICS);
    if (days < 1 || days > 366) {
      throw new InvalidInput("days", "gap.days.range", 366);
    }
    return analytics.summary(actor.get(), days);
  }

  @GET
  @Path("staffing")
  public Staffing staffing(
      @QueryParam("arrivals") Double arrivals,
      @QueryParam("aht") @DefaultValue("600") double aht,
      @QueryParam("level") @DefaultValue("0.8") double level,
      @QueryParam("target") @DefaultValue("20") double target,
      @QueryParam("shrinkage") @DefaultValue("0.3") double shrinkage,
      @QueryParam("days") @DefaultValue("28") int days) {
    access.require(actor.get(), Action.READ_ANALYTICS);
    if (days < 1 || days > 366) {
      throw new InvalidInput("days", "gap.days.range", 366);
    }
    try {
      ErlangC.Staffing single =
          arrivals == null ? null : ErlangC.agentsNeeded(arrivals, aht, level, target, shrinkage);
      return new Staffing(
          single,
          analytics.staffing(analytics.summary(actor.get(), days), aht, level, target, shrinkage),
          aht);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("level", "analytics.staffing.invalid");
    }
  }
}
