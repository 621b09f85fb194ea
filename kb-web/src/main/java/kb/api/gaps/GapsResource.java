package kb.api.gaps;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.gaps.Gap;
import kb.gaps.GapReport;
import kb.gaps.GapService;
import kb.gaps.GapStatus;
import kb.gaps.GapViews;
import kb.gaps.GapViews.GapRow;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.web.shared.CurrentActor;

/** The article-gap report for editors: {@code GET /gaps} and {@code POST /gaps/{id}/status}. */
@Path("gaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GapsResource {

  static final int MAX_DAYS = 366;
  static final int MAX_ITEMS = 500;

  @Inject GapReport report;
  @Inject CurrentActor actor;
  @Inject Access access;
  @Inject GapService gaps;
  @Inject Clock clock;
  @Context SecurityContext security;

  /** The report's rows as they are (DESIGN §5's fields, plus the figures the page shows). */
  public record Items(List<GapRow> items) {}

  public record StatusChange(
      String status, String articleSlug, String reason, String assignee, Long version) {}

  public record Changed(long id, GapStatus status, boolean verified, String note, long version) {}

  @GET
  public Items list(
      @QueryParam("days") @DefaultValue("30") int days,
      @QueryParam("locale") String locale,
      @QueryParam("status") String status,
      @QueryParam("min") @DefaultValue("1") int min,
      @QueryParam("sort") @DefaultValue("RANK") String sort,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    requireEditor();
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInput("days", "gap.days.range", MAX_DAYS);
    }
    if (limit < 1 || limit > MAX_ITEMS) {
      throw new InvalidInput("limit", "gap.limit.range", MAX_ITEMS);
    }
    LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    GapViews.Filter filter =
        new GapViews.Filter(
            to.minusDays(days - 1L),
            to,
            locale(locale),
            status(status),
            Math.max(min, 1),
            sort(sort));
    return new Items(report.gaps(actor.get(), filter, limit));
  }

  /**
   * The dashboard cards of the period: searches, zero-result and click-through rates, top texts.
   */
  @GET
  @Path("summary")
  public GapViews.Dashboard summary(
      @QueryParam("days") @DefaultValue("30") int days, @QueryParam("locale") String locale) {
    requireEditor();
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInput("days", "gap.days.range", MAX_DAYS);
    }
    LocalDate to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return report.dashboard(actor.get(), to.minusDays(days - 1L), to, locale(locale));
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public Changed change(@PathParam("id") long id, StatusChange change) {
    String editor = requireEditor().username();
    if (change == null || change.status() == null) {
      throw new InvalidInput("status", "gap.status.unknown");
    }
    GapStatus target = status(change.status());
    String assignee =
        change.assignee() == null || change.assignee().isBlank() ? editor : change.assignee();
    Gap gap =
        gaps.change(
            actor.get(),
            id,
            target,
            change.articleSlug(),
            change.reason(),
            assignee,
            change.version());
    return new Changed(gap.id(), gap.status(), gap.verified(), gap.note(), gap.version());
  }

  private static String locale(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return Locales.match(tag)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }

  private static GapStatus status(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return GapStatus.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "gap.status.unknown");
    }
  }

  private static GapViews.Sort sort(String name) {
    try {
      return GapViews.Sort.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("sort", "gap.sort.unknown");
    }
  }

  private Actor requireEditor() {
    Actor editor = actor.get();
    access.require(editor, Action.WORK_GAPS);
    return editor;
  }
}
