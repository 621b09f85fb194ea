package kb.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.reputation.Member;
import kb.reputation.Members;

/**
 * Who is behind this request, read once from the database (roles and reputation as they are now,
 * not as they were at sign-in), for pages ({@code #{actor.can('EDIT_ARTICLES')}}) and endpoints
 * alike. It decides nothing itself: services check with {@link Access}, and this only asks.
 */
@Named("actor")
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext security;
  @Inject Members members;
  @Inject Access access;

  private Member member;
  private boolean loaded;

  /** The signed-in member, or {@link Actor#NOBODY}. */
  public Actor get() {
    return member().<Actor>map(m -> m).orElse(Actor.NOBODY);
  }

  public Optional<Member> member() {
    if (!loaded) {
      loaded = true;
      Principal p = security.getCallerPrincipal();
      member = p == null ? null : members.find(p.getName()).orElse(null);
    }
    return Optional.ofNullable(member);
  }

  /** Whether the actor may take {@code action}, one of {@link Action}'s names. */
  public boolean can(String action) {
    return access.may(get(), Action.valueOf(action));
  }

  public boolean isSignedIn() {
    return member().isPresent();
  }

  public String getUsername() {
    return member().map(Member::username).orElse(null);
  }
}
