package kb.web.analytics;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kb.accounts.Action;
import kb.analytics.Summary;
import kb.analytics.SupportAnalytics;
import kb.tickets.ErlangC;
import kb.web.FormErrors;
import kb.web.community.Viewer;
import kb.web.shared.CurrentActor;

/**
 * Support analytics for editors, agents and administrators: the period's figures, charts of tickets
 * per day and per hour of the week, the agents those arrivals need (Erlang C), and the calculator
 * for one arrival rate. Charts are PrimeFaces {@code p:chart} (Chart.js).
 */
@Named
@ViewScoped
public class AnalyticsView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  @Inject transient SupportAnalytics analytics;
  @Inject CurrentActor actor;
  @Inject transient Viewer viewer;

  private int days = 28;
  private Summary summary;
  private double arrivals = 10;
  private double aht = 600;
  private double level = 0.8;
  private double target = 20;
  private double shrinkage = 0.3;
  private ErlangC.Staffing result;
  private List<List<Integer>> staffing;
  private final FormErrors errors = new FormErrors();

  public void load() throws IOException {
    if (!actor.can(Action.READ_ANALYTICS.name())) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    days = Math.max(1, Math.min(days, 366));
    summary = analytics.summary(actor.get(), days);
    calculate();
  }

  public void calculate() {
    errors.clear();
    try {
      result = ErlangC.agentsNeeded(arrivals, aht, level, target, shrinkage);
      staffing = analytics.staffing(summary, aht, level, target, shrinkage);
    } catch (IllegalArgumentException e) {
      errors.add("level", "analytics.staffing.invalid");
    }
  }

  public String getPerDayChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Summary.DayCount d : summary.ticketsPerDay()) {
      labels.add(d.day());
      values.add(d.tickets());
    }
    return chart("line", labels, values, "#2563eb");
  }

  public String getPerHourChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        labels.add(DAYS[d] + " " + (h < 10 ? "0" : "") + h);
        values.add(summary.perHourOfWeek().get(d).get(h));
      }
    }
    return chart("bar", labels, values, "#0f766e");
  }

  public String getStaffingChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    if (staffing != null) {
      for (int d = 0; d < 7; d++) {
        for (int h = 0; h < 24; h++) {
          labels.add(DAYS[d] + " " + (h < 10 ? "0" : "") + h);
          values.add(staffing.get(d).get(h));
        }
      }
    }
    return chart("bar", labels, values, "#b45309");
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder values, String color) {
    return kb.web.Charts.of(
        type,
        labels,
        Json.createObjectBuilder()
            .add("data", values)
            .add("backgroundColor", color)
            .add("borderColor", color));
  }

  public String percent(double fraction) {
    return Math.round(fraction * 1000) / 10.0 + " %";
  }

  public String minutes(Double value) {
    return value == null ? "—" : String.valueOf(Math.round(value));
  }

  public Summary getSummary() {
    return summary;
  }

  public String getDays() {
    return String.valueOf(days);
  }

  /** Taken as text: a malformed value falls back to four weeks instead of skipping the load. */
  public void setDays(String days) {
    this.days = days != null && days.matches("\\d{1,3}") ? Integer.parseInt(days) : 28;
  }

  public double getArrivals() {
    return arrivals;
  }

  public void setArrivals(double arrivals) {
    this.arrivals = arrivals;
  }

  public double getAht() {
    return aht;
  }

  public void setAht(double aht) {
    this.aht = aht;
  }

  public double getLevel() {
    return level;
  }

  public void setLevel(double level) {
    this.level = level;
  }

  public double getTarget() {
    return target;
  }

  public void setTarget(double target) {
    this.target = target;
  }

  public double getShrinkage() {
    return shrinkage;
  }

  public void setShrinkage(double shrinkage) {
    this.shrinkage = shrinkage;
  }

  public ErlangC.Staffing getResult() {
    return result;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
