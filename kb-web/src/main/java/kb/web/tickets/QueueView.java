package kb.web.tickets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import kb.tickets.TicketQueries;
import kb.tickets.TicketViews;
import kb.web.community.Viewer;
import kb.web.shared.CurrentActor;

/** The agents' queue: open tickets, mine, unassigned or breaching soon, with SLA countdowns. */
@Named
@RequestScoped
public class QueueView {

  @Inject TicketQueries queries;
  @Inject CurrentActor actor;
  @Inject kb.tickets.Tickets tickets;
  @Inject Viewer viewer;

  private String queue = "all_open";
  private List<TicketViews.Row> rows;

  public void load() throws IOException {
    if (!tickets.isAgent(actor.get())) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    TicketViews.Queue q;
    try {
      q = TicketViews.Queue.valueOf(queue.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      q = TicketViews.Queue.ALL_OPEN;
      queue = "all_open";
    }
    rows = queries.queue(viewer.getMember().username(), q, 200);
  }

  /** Time left to the next target ("3 h 20 min"), or how long ago it passed ("−45 min"). */
  public String countdown(TicketViews.Row r) {
    OffsetDateTime due = r.firstResponseDueAt();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (!due.isAfter(now) || r.status().equals("OPEN") || r.status().equals("PENDING")) {
      due = r.resolutionDueAt();
    }
    Duration left = Duration.between(now, due);
    String sign = left.isNegative() ? "−" : "";
    long minutes = Math.abs(left.toMinutes());
    return sign + (minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min");
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public List<TicketViews.Row> getRows() {
    return rows;
  }
}
