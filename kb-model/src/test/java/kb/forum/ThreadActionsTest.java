package kb.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import kb.accounts.Actor;
import kb.accounts.Role;
import kb.reputation.Member;
import org.junit.jupiter.api.Test;

class ThreadActionsTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

  private final ThreadActions actions = ThreadActions.defaults();

  private static Member member(long id, int reputation, Role... roles) {
    Set<Role> set = EnumSet.of(Role.MEMBER);
    set.addAll(Set.of(roles));
    return new Member(id, "m" + id, "M" + id, reputation, set, NOW);
  }

  private final Member asker = member(1, 1);
  private final Member answerer = member(2, 1);
  private final Member veteran = member(3, 3_000);
  private final Member newcomer = member(4, 1);
  private final Member agent = member(5, 1, Role.AGENT);

  private final Post q =
      withId(Post.question(asker, "Where is my parcel?", "x", "x", "en", Set.of(), NOW), 10L);
  private final Post a = withId(Post.answer(q, answerer, "Track it here", "t", false, NOW), 11L);

  private static Post withId(Post p, long id) {
    try {
      Field f = Post.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(p, id);
      return p;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theAskerAcceptsAndMarksUnhelpfulButNeverVotesOnTheirOwnQuestion() {
    Set<String> onAnswer = actions.post(asker, q, a);
    assertTrue(onAnswer.containsAll(Set.of("ACCEPT", "VOTE_DOWN", "COMMENT")));
    assertFalse(onAnswer.contains("VOTE_UP"), "voting up needs 15 reputation");
    assertFalse(onAnswer.contains("EDIT") || onAnswer.contains("DELETE"));
    Set<String> onQuestion = actions.post(asker, q, q);
    assertEquals(Set.of("COMMENT", "DELETE", "EDIT"), onQuestion);
  }

  @Test
  void privilegesFollowReputationAndTheQuestionsState() {
    Set<String> veteranOnAnswer = actions.post(veteran, q, a);
    assertTrue(veteranOnAnswer.containsAll(Set.of("VOTE_UP", "VOTE_DOWN", "FLAG", "EDIT")));
    assertFalse(veteranOnAnswer.contains("ACCEPT") || veteranOnAnswer.contains("DELETE"));
    assertEquals(Set.of("ANSWER", "CLOSE", "FOLLOW"), actions.thread(veteran, q));
    assertEquals(Set.of(), actions.post(newcomer, q, a), "a newcomer may not vote, flag or edit");
    q.close(CloseReason.DUPLICATE, "/questions/1");
    assertEquals(Set.of("FOLLOW", "REOPEN"), actions.thread(veteran, q));
    assertFalse(actions.post(asker, q, a).contains("ACCEPT"), "a closed thread takes no marks");
  }

  @Test
  void staffGetTheirToolsAndVisitorsNothing() {
    assertEquals(Set.of("ANSWER", "FOLLOW", "POST_OFFICIAL"), actions.thread(agent, q));
    assertEquals(Set.of(), actions.thread(Actor.NOBODY, q));
    assertEquals(Set.of(), actions.post(Actor.NOBODY, q, a));
    Member moderator = member(6, 1, Role.MODERATOR);
    assertTrue(actions.thread(moderator, q).contains("LOCK"));
    assertTrue(actions.post(moderator, q, a).contains("DELETE"));
  }

  @Test
  void theServicesAskTheSameRules() {
    assertFalse(actions.mayVote(answerer, true, false, 1), "never on one's own post");
    assertTrue(actions.mayVote(asker, false, true, -1), "the asker marks an answer unhelpful");
    assertFalse(actions.mayVote(newcomer, false, false, -1));
    assertTrue(actions.mayComment(newcomer, true));
    assertFalse(actions.mayComment(newcomer, false));
    assertFalse(actions.mayAccept(veteran, false));
  }
}
