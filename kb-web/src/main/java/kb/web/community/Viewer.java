package kb.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import kb.notifications.Inbox;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.reputation.Privilege;
import kb.reputation.Privileges;

/**
 * The signed-in member as the community pages need them: reputation, which privileges they hold (so
 * buttons they cannot use are not offered) and their unread notices for the top bar.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  @Inject SecurityContext security;
  @Inject Members members;
  @Inject Privileges privileges;
  @Inject Inbox inbox;

  private Member member;
  private boolean loaded;
  private Long unread;

  public Member getMember() {
    if (!loaded) {
      loaded = true;
      Principal p = security.getCallerPrincipal();
      member = p == null ? null : members.find(p.getName()).orElse(null);
    }
    return member;
  }

  public boolean isSignedIn() {
    return getMember() != null;
  }

  public Long getId() {
    return isSignedIn() ? member.id() : null;
  }

  public boolean may(String privilege) {
    return isSignedIn() && member.may(Privilege.valueOf(privilege), privileges);
  }

  public int threshold(String privilege) {
    return privileges.threshold(Privilege.valueOf(privilege));
  }

  public boolean isModerator() {
    return may("MODERATE");
  }

  public long getUnread() {
    if (unread == null) {
      unread = isSignedIn() ? inbox.unread(member.id()) : 0L;
    }
    return unread;
  }
}
