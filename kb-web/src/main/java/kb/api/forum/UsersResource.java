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
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.api.shared.Callers;
import kb.api.shared.Params;
import kb.reputation.Adjustments;
import kb.reputation.Badges;
import kb.reputation.Leaderboard;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.shared.validation.InvalidInput;

/**
 * People (DESIGN §5): a member's public profile with badges and privileges, the leaderboards, and
 * an administrator's reputation adjustment.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject Members members;
  @Inject Badges badges;
  @Inject Privileges privileges;
  @Inject Leaderboard leaderboard;
  @Inject Adjustments adjustments;
  @Context SecurityContext security;

  public record BadgeItem(String name, String tier, OffsetDateTime awardedAt, Long postId) {}

  public record PrivilegeItem(String name, int reputation, boolean held) {}

  public record Profile(
      String username,
      String displayName,
      int reputation,
      long ledgerTotal,
      OffsetDateTime joinedAt,
      List<BadgeItem> badges,
      List<String> privileges,
      List<PrivilegeItem> thresholds,
      List<Leaderboard.Day> history) {}

  public record Adjust(Integer points, String reason) {}

  public record Adjusted(String username, int reputation) {}

  @GET
  @Path("users/{username}")
  public Profile user(@PathParam("username") String username) {
    Member m = members.require(username);
    List<Privilege> held = privileges.held(m);
    return new Profile(
        m.username(),
        m.displayName(),
        m.reputation(),
        leaderboard.ledgerTotal(m.id()),
        m.joinedAt(),
        badges.of(m.id()).stream()
            .map(
                b ->
                    new BadgeItem(
                        b.badge().name(),
                        b.tier().name(),
                        b.awardedAt(),
                        b.sourceId() == 0 ? null : b.sourceId()))
            .toList(),
        held.stream().map(Privilege::name).toList(),
        java.util.Arrays.stream(Privilege.values())
            .map(p -> new PrivilegeItem(p.name(), privileges.threshold(p), held.contains(p)))
            .toList(),
        leaderboard.history(m.id()));
  }

  @POST
  @Path("users/{username}/reputation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Adjusted adjust(@PathParam("username") String username, Adjust body) {
    String admin = Callers.signedIn(security);
    if (body == null || body.points() == null) {
      throw new InvalidInput("points", "reputation.adjust.points", Adjustments.MAX_POINTS);
    }
    int rep = adjustments.adjust(admin, username, body.points(), body.reason());
    return new Adjusted(username, rep);
  }

  @GET
  @Path("leaderboard")
  public List<Leaderboard.Row> leaderboard(
      @QueryParam("period") @DefaultValue("week") String period,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (size < 1 || size > 100) {
      throw new InvalidInput("size", "forum.page.range", 100);
    }
    return leaderboard.top(period(period), size);
  }

  static Leaderboard.Period period(String name) {
    return Params.choice(Leaderboard.Period.class, name, "period", "leaderboard.period.unknown");
  }
}
