package kb.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kb.shared.validation.Forbidden;
import kb.shared.validation.SignInRequired;
import org.junit.jupiter.api.Test;

class AccessTest {

  private final Access access = Access.defaults();

  record Someone(long id, String username, Set<Role> roles, int reputation) implements Actor {}

  private static Actor with(int reputation, Role... roles) {
    Set<Role> set = EnumSet.of(Role.MEMBER);
    set.addAll(List.of(roles));
    return new Someone(7, "someone", set, reputation);
  }

  @Test
  void eachRoleHoldsItsStaffWorkAndNothingElse() {
    assertEquals(
        EnumSet.of(
            Action.PARTICIPATE,
            Action.WRITE_DRAFTS,
            Action.EDIT_ARTICLES,
            Action.WORK_GAPS,
            Action.EDIT_SYNONYMS,
            Action.READ_ANALYTICS,
            Action.STAFF_PAGES),
        access.actions(with(1, Role.EDITOR)));
    assertEquals(
        EnumSet.of(
            Action.PARTICIPATE,
            Action.ESCALATE_ANY,
            Action.WORK_TICKETS,
            Action.CAPTURE_TICKETS,
            Action.WRITE_DRAFTS,
            Action.READ_ANALYTICS,
            Action.STAFF_PAGES),
        access.actions(with(1, Role.AGENT)));
    Set<Action> moderator = access.actions(with(1, Role.MODERATOR));
    assertTrue(moderator.contains(Action.MODERATE) && moderator.contains(Action.ESCALATE_ANY));
    assertFalse(moderator.contains(Action.WORK_TICKETS) || moderator.contains(Action.ADMINISTER));
    assertEquals(EnumSet.allOf(Action.class), access.actions(with(1, Role.ADMIN)));
  }

  @Test
  void reputationUnlocksCommunityActionsButNeverStaffWork() {
    Set<Action> newcomer = access.actions(with(1));
    assertEquals(EnumSet.of(Action.PARTICIPATE), newcomer);
    Set<Action> veteran = access.actions(with(100_000));
    assertTrue(veteran.contains(Action.MODERATE) && veteran.contains(Action.CLOSE));
    assertFalse(veteran.contains(Action.EDIT_ARTICLES) || veteran.contains(Action.WORK_TICKETS));
    assertTrue(access.may(with(15), Action.VOTE_UP));
    assertFalse(access.may(with(14), Action.VOTE_UP));
  }

  @Test
  void aVisitorMayDoNothingAndIsAskedToSignIn() {
    assertEquals(Set.of(), access.actions(Actor.NOBODY));
    assertThrows(SignInRequired.class, () -> access.require(Actor.NOBODY, Action.PARTICIPATE));
    assertThrows(SignInRequired.class, () -> access.require(null, Action.EDIT_ARTICLES));
  }

  @Test
  void aRefusalNamesWhatIsMissing() {
    Forbidden staff =
        assertThrows(Forbidden.class, () -> access.require(with(1), Action.EDIT_ARTICLES));
    assertEquals("access.EDIT_ARTICLES", staff.messageKey());
    Forbidden privilege =
        assertThrows(Forbidden.class, () -> access.require(with(20), Action.VOTE_DOWN));
    assertEquals("privilege.missing.VOTE_DOWN", privilege.messageKey());
    assertEquals(List.of(125, 20), privilege.arguments());
    access.require(with(1, Role.EDITOR), Action.EDIT_ARTICLES); // no exception
  }
}
