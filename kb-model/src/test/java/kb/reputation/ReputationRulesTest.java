package kb.reputation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.accounts.Role;
import kb.shared.validation.Forbidden;
import org.junit.jupiter.api.Test;

/** The reputation rules without a container: points, the daily cap, privileges and reversals. */
class ReputationRulesTest {

  private final Points points = Points.defaults();
  private final Privileges privileges = Privileges.defaults();

  private static Member member(int reputation, Role... roles) {
    EnumSet<Role> set = EnumSet.of(Role.MEMBER);
    for (Role r : roles) {
      set.add(r);
    }
    return new Member(1, "m", "M", reputation, set, OffsetDateTime.now());
  }

  @Test
  void defaultPointsAreThoseOfTheIssue() {
    assertEquals(10, points.of(ReputationEvent.ANSWER_UPVOTED));
    assertEquals(5, points.of(ReputationEvent.QUESTION_UPVOTED));
    assertEquals(15, points.of(ReputationEvent.ANSWER_ACCEPTED));
    assertEquals(2, points.of(ReputationEvent.ACCEPTED_ANSWER));
    assertEquals(-2, points.of(ReputationEvent.POST_DOWNVOTED));
    assertEquals(-1, points.of(ReputationEvent.DOWNVOTED_ANSWER));
    assertEquals(200, points.dailyCap());
  }

  @Test
  void theDailyCapCutsUpvotesAndAcceptancesButNotDownvotes() {
    assertEquals(10, points.allowed(ReputationEvent.ANSWER_UPVOTED, 10, 0));
    assertEquals(5, points.allowed(ReputationEvent.ANSWER_UPVOTED, 10, 195));
    assertEquals(0, points.allowed(ReputationEvent.ANSWER_UPVOTED, 10, 200));
    assertEquals(0, points.allowed(ReputationEvent.QUESTION_UPVOTED, 5, 250));
    assertEquals(0, points.allowed(ReputationEvent.ANSWER_ACCEPTED, 15, 200));
    assertEquals(7, points.allowed(ReputationEvent.ANSWER_ACCEPTED, 15, 193));
    assertEquals(-2, points.allowed(ReputationEvent.POST_DOWNVOTED, -2, 200));
  }

  @Test
  void aReversalTakesBackExactlyWhatWasGivenOnTheSameDay() {
    OffsetDateTime at = OffsetDateTime.parse("2026-11-23T10:00:00Z");
    LedgerEntry award = new LedgerEntry(7, ReputationEvent.ANSWER_UPVOTED, 10, 3L, 9L, at, null);
    LedgerEntry back = award.reversal(at.plusDays(2));
    assertEquals(-10, back.points());
    assertTrue(back.reversed());
    assertEquals(award.onDay(), back.onDay(), "counts against the day of the award, for the cap");
    assertEquals(0, award.points() + back.points());
  }

  @Test
  void privilegesUnlockAtTheirThresholds() {
    assertEquals(15, privileges.threshold(Privilege.VOTE_UP));
    assertEquals(15, privileges.threshold(Privilege.FLAG));
    assertEquals(50, privileges.threshold(Privilege.COMMENT));
    assertEquals(125, privileges.threshold(Privilege.VOTE_DOWN));
    assertEquals(1_000, privileges.threshold(Privilege.EDIT_OTHERS));
    assertEquals(2_000, privileges.threshold(Privilege.CLOSE));
    assertEquals(5_000, privileges.threshold(Privilege.MODERATE));
    assertFalse(member(14).may(Privilege.VOTE_UP, privileges));
    assertTrue(member(15).may(Privilege.VOTE_UP, privileges));
    assertEquals(
        java.util.List.of(Privilege.VOTE_UP, Privilege.FLAG, Privilege.COMMENT),
        privileges.held(member(60)));
  }

  @Test
  void aRefusalNamesThePrivilegeAndTheReputationNeeded() {
    Forbidden e =
        assertThrows(Forbidden.class, () -> privileges.require(member(20), Privilege.VOTE_DOWN));
    assertEquals("privilege.missing.VOTE_DOWN", e.messageKey());
    assertEquals(java.util.List.of(125, 20), e.arguments());
  }

  @Test
  void moderatorsHoldEveryPrivilege() {
    Member mod = member(1, Role.MODERATOR);
    for (Privilege p : Privilege.values()) {
      assertTrue(mod.may(p, privileges), p.name());
    }
    assertFalse(member(1, Role.AGENT).may(Privilege.CLOSE, privileges));
  }

  @Test
  void repeatableBadgesAreEarnedPerPostOthersOnce() {
    assertTrue(Badge.NICE_ANSWER.repeats());
    assertFalse(Badge.STUDENT.repeats());
    assertTrue(Badge.values().length >= 12);
    assertEquals(0, new BadgeAward(1, Badge.STUDENT, 42, OffsetDateTime.now()).sourceId());
    assertEquals(42, new BadgeAward(1, Badge.GOOD_ANSWER, 42, OffsetDateTime.now()).sourceId());
  }
}
