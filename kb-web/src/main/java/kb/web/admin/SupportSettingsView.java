package kb.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kb.tickets.EscalationRules;
import kb.tickets.Priority;
import kb.tickets.Tickets;
import kb.web.Actions;
import kb.web.FormErrors;
import kb.web.community.Viewer;

/**
 * The administrator's support settings: switch and tune the escalation rules, and set the SLA
 * targets of each priority (new tickets get them).
 */
@Named
@ViewScoped
public class SupportSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EscalationRules rules;
  @Inject transient Tickets tickets;
  @Inject transient Viewer viewer;

  /** One editable row of either table. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private boolean enabled;
    private int first;
    private int second;

    Row(String name, boolean enabled, int first, int second) {
      this.name = name;
      this.enabled = enabled;
      this.first = first;
      this.second = second;
    }

    public String getName() {
      return name;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getFirst() {
      return first;
    }

    public void setFirst(int first) {
      this.first = first;
    }

    public int getSecond() {
      return second;
    }

    public void setSecond(int second) {
      this.second = second;
    }
  }

  private List<Row> ruleRows;
  private List<Row> slaRows;
  private boolean saved;
  private final FormErrors errors = new FormErrors();

  public void load() {
    if (ruleRows == null) {
      refresh();
    }
  }

  private void refresh() {
    ruleRows = new ArrayList<>();
    for (EscalationRules.Rule r : rules.rules()) {
      ruleRows.add(new Row(r.name(), r.enabled(), r.hours(), 0));
    }
    slaRows = new ArrayList<>();
    for (Tickets.SlaPolicy p : tickets.slaPolicies()) {
      slaRows.add(
          new Row(
              p.priority(), p.businessHours(), p.firstResponseMinutes(), p.resolutionMinutes()));
    }
  }

  public void save() {
    String admin = viewer.getMember().username();
    saved =
        Actions.attempt(
            errors,
            () -> {
              for (Row r : ruleRows) {
                rules.change(admin, r.getName(), r.isEnabled(), r.getFirst());
              }
              for (Row r : slaRows) {
                tickets.changeSla(
                    admin,
                    Priority.valueOf(r.getName()),
                    r.getFirst(),
                    r.getSecond(),
                    r.isEnabled());
              }
            },
            java.util.Set.of());
    if (saved) {
      refresh();
    }
  }

  public List<Row> getRuleRows() {
    return ruleRows;
  }

  public List<Row> getSlaRows() {
    return slaRows;
  }

  public boolean isSaved() {
    return saved;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
