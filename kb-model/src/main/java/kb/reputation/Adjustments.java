package kb.reputation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kb.shared.validation.InvalidInput;

/**
 * An administrator's correction of a member's reputation (a bonus for a long-time helper, points
 * taken back after abuse): a ledger row like any other, with its reason.
 */
@ApplicationScoped
@Transactional
public class Adjustments {

  public static final int MAX_POINTS = 10_000;

  @Inject Members members;
  @Inject Ledger ledger;
  @Inject kb.accounts.Access access;
  @Inject kb.accounts.AuditLog audit;

  public int adjust(String adminName, String username, int points, String reason) {
    Member admin = members.require(adminName);
    access.require(admin, kb.accounts.Action.ADMINISTER);
    if (points == 0 || Math.abs(points) > MAX_POINTS) {
      throw new InvalidInput("points", "reputation.adjust.points", MAX_POINTS);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 3 || why.length() > 200) {
      throw new InvalidInput("reason", "reputation.adjust.reason");
    }
    Member member = members.require(username);
    ledger.adjust(member.id(), points, admin.id(), why);
    audit.record(
        kb.accounts.AuditKind.SETTING_CHANGED,
        admin.username(),
        member.username(),
        null,
        "reputation " + (points > 0 ? "+" : "") + points + ": " + why);
    return members.reputation(member.id());
  }
}
