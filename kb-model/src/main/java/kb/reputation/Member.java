package kb.reputation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;
import kb.accounts.Role;

/** Who is acting in the community: their account, roles and current reputation. */
public record Member(
    long id,
    String username,
    String displayName,
    int reputation,
    Set<Role> roles,
    OffsetDateTime joinedAt)
    implements Serializable {

  /** Moderators and administrators hold every privilege whatever their reputation. */
  public boolean moderates() {
    return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean may(Privilege privilege, Privileges thresholds) {
    return moderates() || reputation >= thresholds.threshold(privilege);
  }
}
