package kb.web.editor;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.gaps.GapReport;
import kb.gaps.GapService;
import kb.gaps.GapStatus;
import kb.gaps.GapViews;
import kb.gaps.GapViews.Dashboard;
import kb.gaps.GapViews.GapRow;
import kb.shared.i18n.Locales;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.FormErrors;
import kb.web.i18n.Formatter;
import kb.web.shared.CurrentActor;

/**
 * The article-gap report: dashboard cards and the gaps of a period, filtered by the query string
 * (so a filtered report can be bookmarked and shared), with the editor's decisions on each gap.
 */
@Named
@ViewScoped
public class GapsView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int DEFAULT_DAYS = 30;
  static final int ROWS = 200;

  @Inject transient GapReport report;
  @Inject CurrentActor actor;
  @Inject transient GapService gaps;
  @Inject transient SecurityContext security;
  @Inject transient Clock clock;
  @Inject transient Formatter i18n;

  private String from;
  private String to;
  private String locale;
  private String status;
  private int min = 1;
  private String sort = "RANK";
  private GapViews.Filter filter;
  private List<GapRow> rows = List.of();
  private Dashboard dashboard;
  private final Map<Long, String> reasons = new HashMap<>();
  private final FormErrors errors = new FormErrors();

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    errors.clear();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate last = date("to", to, today);
    LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L));
    if (first.isAfter(last)) {
      errors.add("from", "gap.dates.order");
      first = last.minusDays(DEFAULT_DAYS - 1L);
    }
    if (last.toEpochDay() - first.toEpochDay() >= 366) {
      errors.add("from", "gap.days.range", 366);
      first = last.minusDays(365);
    }
    from = first.toString();
    to = last.toString();
    GapStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = GapStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        errors.add("status", "gap.status.unknown");
      }
    }
    GapViews.Sort order = GapViews.Sort.RANK;
    try {
      order = GapViews.Sort.valueOf(sort);
    } catch (IllegalArgumentException | NullPointerException e) {
      sort = order.name();
    }
    String lang = Locales.isSupported(locale) ? locale : null;
    filter = new GapViews.Filter(first, last, lang, s, Math.max(1, min), order);
    refresh();
  }

  private LocalDate date(String field, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "gap.date.invalid");
      return fallback;
    }
  }

  private void refresh() {
    rows = report.gaps(actor.get(), filter, ROWS);
    dashboard = report.dashboard(actor.get(), filter.from(), filter.to(), filter.locale());
  }

  /** Assigns the gap to the signed-in editor. */
  public void plan(GapRow row) {
    decide(row, GapStatus.PLANNED, null);
  }

  public void dismiss(GapRow row) {
    decide(row, GapStatus.DISMISSED, reasons.get(row.id()));
  }

  public void reopen(GapRow row) {
    decide(row, GapStatus.OPEN, null);
  }

  private void decide(GapRow row, GapStatus target, String reason) {
    errors.clear();
    try {
      gaps.change(actor.get(), row.id(), target, null, reason, actor.getUsername(), row.version());
      reasons.remove(row.id());
    } catch (InvalidInput e) {
      errors.add("gap" + row.id(), e.messageKey(), e.arguments().toArray());
    } catch (Conflict e) {
      errors.add("form", e.messageKey());
    } catch (NotFound e) {
      errors.add("form", e.messageKey());
    } catch (jakarta.persistence.PersistenceException e) {
      errors.add("form", "gap.stale"); // the aggregation re-opened it meanwhile
    }
    refresh();
  }

  /** The note kept with a gap, in the reader's words. */
  public String note(GapRow row) {
    String note = row.note();
    if (note == null) {
      return "";
    }
    int slash = note.indexOf('/');
    if (slash > 0 && note.chars().allMatch(c -> c == '/' || Character.isDigit(c))) {
      String key =
          row.status() != GapStatus.COVERED || !row.verified()
              ? "gap.note.notVerified"
              : row.threadId() != null ? "gap.note.verifiedThread" : "gap.note.verified";
      return i18n.format2(key, note.substring(0, slash), note.substring(slash + 1));
    }
    return i18n.format(note, "");
  }

  /**
   * A text for the CSV export: one a spreadsheet would take for a formula (a visitor may search
   * "=HYPERLINK(…)") is quoted with an apostrophe.
   */
  public String csv(String text) {
    if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  public String sparkline(GapRow row) {
    return Sparkline.svg(row.daily());
  }

  public String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }

  public List<GapRow> getRows() {
    return rows;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public FormErrors getErrors() {
    return errors;
  }

  public List<String> getLocales() {
    return Locales.SUPPORTED;
  }

  public GapStatus[] getStatuses() {
    return GapStatus.values();
  }

  public GapViews.Sort[] getSorts() {
    return GapViews.Sort.values();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getMin() {
    return min;
  }

  public void setMin(int min) {
    this.min = min;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}
