package kb.reputation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;
import kb.accounts.Actor;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.accounts.Role;

/** A member of the community as an {@link Actor}: account, roles and current reputation. */
public record Member(
    long id,
    String username,
    String displayName,
    int reputation,
    Set<Role> roles,
    OffsetDateTime joinedAt)
    implements Serializable, Actor {

  /** Moderators and administrators hold every privilege whatever their reputation. */
  public boolean moderates() {
    return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
  }

  public boolean may(Privilege privilege, Privileges thresholds) {
    return thresholds.holds(this, privilege);
  }
}
