package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.notifications.Inbox;
import kb.reputation.Member;
import kb.web.shared.CurrentActor;

/**
 * The signed-in member as the community pages need them: reputation, which privileges they hold (so
 * buttons they cannot use are not offered) and their unread notices for the top bar.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  @Inject CurrentActor actor;
  @Inject Privileges privileges;
  @Inject Inbox inbox;

  private Long unread;

  public Member getMember() {
    return actor.member().orElse(null);
  }

  public boolean isSignedIn() {
    return getMember() != null;
  }

  public Long getId() {
    return isSignedIn() ? getMember().id() : null;
  }

  public boolean may(String privilege) {
    return privileges.holds(actor.get(), Privilege.valueOf(privilege));
  }

  public int threshold(String privilege) {
    return privileges.threshold(Privilege.valueOf(privilege));
  }

  public boolean isModerator() {
    return may("MODERATE");
  }

  public long getUnread() {
    if (unread == null) {
      unread = isSignedIn() ? inbox.unread(getMember().id()) : 0L;
    }
    return unread;
  }
}
