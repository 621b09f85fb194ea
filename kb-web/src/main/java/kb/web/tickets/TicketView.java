package kb.web.tickets;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kb.accounts.Action;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.tickets.CannedResponses;
import kb.tickets.TicketNumber;
import kb.tickets.TicketQueries;
import kb.tickets.TicketStatus;
import kb.tickets.TicketViews;
import kb.tickets.Tickets;
import kb.web.Actions;
import kb.web.FormErrors;
import kb.web.community.Viewer;
import kb.web.shared.CurrentActor;

/**
 * One ticket. The requester reads the public conversation and replies; an agent also sees internal
 * notes and the requester's searches before escalating, and replies (publicly, as a note, or to the
 * thread as an official answer), uses canned responses, claims, assigns, changes status and merges.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Tickets tickets;
  @Inject transient CurrentActor actor;
  @Inject transient TicketQueries queries;
  @Inject transient CannedResponses canned;
  @Inject transient Viewer viewer;
  @Inject transient kb.tickets.KnowledgeCapture capture;

  private String number;
  private TicketViews.Detail detail;
  private String text = "";
  private boolean note;
  private boolean toThread;
  private String cannedName;
  private String status;
  private String priority;
  private String tags;
  private String assignee;
  private String mergeInto;
  private String notice;
  private String draftSlug;
  private final FormErrors errors = new FormErrors();

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      reload();
    } catch (NotFound e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void reload() {
    detail = queries.detail(viewer.getMember().username(), TicketNumber.parse(number));
    status = detail.status();
    priority = detail.priority();
    tags = String.join(" ", detail.tags());
  }

  public boolean isAgent() {
    return tickets.isAgent(actor.get());
  }

  public Map<String, String> getCanned() {
    return canned.all();
  }

  /** Puts the chosen canned response, filled for this requester, into the reply box. */
  public void useCanned() {
    if (cannedName != null && !cannedName.isBlank()) {
      text = canned.fill(cannedName, detail.requester());
    }
  }

  public void send() {
    if (act(
        () ->
            tickets.reply(
                viewer.getMember().username(),
                TicketNumber.parse(number),
                text,
                !note,
                toThread && !note))) {
      text = "";
      note = false;
      toThread = false;
      notice = "ticket.sent";
    }
  }

  public void changeStatus() {
    act(
        () -> {
          TicketStatus target;
          try {
            target = TicketStatus.valueOf(status);
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("status", "ticket.status.unknown");
          }
          tickets.status(
              viewer.getMember().username(), TicketNumber.parse(number), target, detail.version());
        });
  }

  public void changePriority() {
    act(
        () -> {
          kb.tickets.Priority p;
          try {
            p = kb.tickets.Priority.valueOf(priority);
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("priority", "ticket.priority.unknown");
          }
          tickets.prioritize(viewer.getMember().username(), TicketNumber.parse(number), p);
        });
  }

  public List<String> getPriorities() {
    return java.util.Arrays.stream(kb.tickets.Priority.values()).map(Enum::name).toList();
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public void saveTags() {
    act(() -> tickets.tag(viewer.getMember().username(), TicketNumber.parse(number), tags));
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public void claim() {
    act(() -> tickets.assign(viewer.getMember().username(), TicketNumber.parse(number), null));
  }

  public void assign() {
    act(() -> tickets.assign(viewer.getMember().username(), TicketNumber.parse(number), assignee));
  }

  public void merge() throws IOException {
    if (act(
        () ->
            tickets.merge(
                viewer.getMember().username(),
                TicketNumber.parse(number),
                TicketNumber.parse(mergeInto)))) {
      notice = "ticket.merged";
    }
  }

  /** Turns the solved ticket into a KB draft; editors go straight to it. */
  public void draft() throws IOException {
    String[] slug = new String[2];
    if (act(
        () -> {
          var page = capture.fromTicket(viewer.getMember().username(), TicketNumber.parse(number));
          slug[0] = page.slug();
          slug[1] = page.locale();
        })) {
      draftSlug = slug[0];
      notice = "capture.created";
      if (actor.can(Action.EDIT_ARTICLES.name())) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var r = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        external.redirect(
            r.getContextPath() + "/editor/edit.xhtml?slug=" + slug[0] + "&locale=" + slug[1]);
      }
    }
  }

  public String getDraftSlug() {
    return draftSlug;
  }

  private boolean act(Runnable action) {
    notice = null;
    boolean done = Actions.attempt(errors, action, java.util.Set.of("markdown", "assignee"));
    try {
      reload();
    } catch (NotFound gone) {
      // shown by the message
    }
    return done;
  }

  public List<String> getStatuses() {
    return java.util.Arrays.stream(TicketStatus.values()).map(Enum::name).toList();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public TicketViews.Detail getDetail() {
    return detail;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isNote() {
    return note;
  }

  public void setNote(boolean note) {
    this.note = note;
  }

  public boolean isToThread() {
    return toThread;
  }

  public void setToThread(boolean toThread) {
    this.toThread = toThread;
  }

  public String getCannedName() {
    return cannedName;
  }

  public void setCannedName(String cannedName) {
    this.cannedName = cannedName;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(String mergeInto) {
    this.mergeInto = mergeInto;
  }

  public String getNotice() {
    return notice;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
