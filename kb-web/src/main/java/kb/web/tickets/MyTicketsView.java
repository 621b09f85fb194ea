package kb.web.tickets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.tickets.TicketQueries;
import kb.tickets.TicketViews;
import kb.web.community.Viewer;

/** "My tickets": the signed-in member's support tickets, newest first. */
@Named
@RequestScoped
public class MyTicketsView {

  @Inject TicketQueries queries;
  @Inject Viewer viewer;

  private List<TicketViews.Row> rows;

  public List<TicketViews.Row> getRows() {
    if (rows == null) {
      rows = queries.of(viewer.getMember().username(), 100);
    }
    return rows;
  }
}
