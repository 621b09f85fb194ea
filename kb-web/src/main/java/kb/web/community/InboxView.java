package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.notifications.Inbox;

/** The member's notices, newest first; opening the inbox marks them read. */
@Named
@RequestScoped
public class InboxView {

  @Inject Inbox inbox;
  @Inject Viewer viewer;

  private List<Inbox.Notice> notices;

  public void load() {
    long me = viewer.getId();
    notices = inbox.of(me, 100);
    inbox.readAll(me);
  }

  public List<Inbox.Notice> getNotices() {
    return notices;
  }
}
