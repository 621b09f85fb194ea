package kb.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kb.accounts.Role;
import kb.reputation.Member;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** Post shapes and thread rules without a container. */
class ForumRulesTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T10:00:00Z");
  private static final Member ALICE =
      new Member(1, "alice", "Alice", 100, EnumSet.of(Role.MEMBER), NOW);

  @Test
  void titlesBodiesAndCommentsHaveTheirLengths() {
    assertEquals("Where is my refund now?", PostRules.title("  Where is my   refund now? "));
    InvalidInput shortTitle = assertThrows(InvalidInput.class, () -> PostRules.title("Refund?"));
    assertEquals("title", shortTitle.field());
    assertThrows(InvalidInput.class, () -> PostRules.title("x".repeat(151)));
    assertThrows(InvalidInput.class, () -> PostRules.body("too short"));
    assertEquals("markdown", assertThrows(InvalidInput.class, () -> PostRules.body(null)).field());
    assertThrows(InvalidInput.class, () -> PostRules.comment("ok"));
    assertThrows(InvalidInput.class, () -> PostRules.comment("x".repeat(601)));
  }

  @Test
  void tagsAreNormalizedAndLimited() {
    assertEquals(Set.of("returns", "gift-cards"), PostRules.tags(List.of("Returns, #gift-cards")));
    assertEquals(Set.of("возврат"), PostRules.tags("возврат"));
    assertEquals("tags", assertThrows(InvalidInput.class, () -> PostRules.tags("")).field());
    assertThrows(InvalidInput.class, () -> PostRules.tags("a b c d e f"));
    assertThrows(InvalidInput.class, () -> PostRules.tags("<script>"));
  }

  @Test
  void unknownLanguagesAreRefused() {
    assertEquals("ru", PostRules.locale("ru-RU"));
    assertEquals("en", PostRules.locale(null));
    assertThrows(InvalidInput.class, () -> PostRules.locale("xx"));
  }

  @Test
  void closedAndLockedThreadsTakeNoAnswers() {
    Post q =
        Post.question(
            ALICE,
            "A question title here",
            "Body of the question",
            "<p>b</p>",
            "en",
            Set.of("x1"),
            NOW);
    q.close(CloseReason.OFF_TOPIC, null);
    assertEquals("forum.closed", assertThrows(Conflict.class, q::requireOpen).messageKey());
    q.reopen();
    q.requireOpen();
    q.lock(true);
    assertEquals("forum.locked", assertThrows(Conflict.class, q::requireOpen).messageKey());
  }

  @Test
  void aDuplicateNeedsItsTarget() {
    Post q =
        Post.question(
            ALICE,
            "A question title here",
            "Body of the question",
            "<p>b</p>",
            "en",
            Set.of("x1"),
            NOW);
    assertEquals(
        "duplicateOf",
        assertThrows(InvalidInput.class, () -> q.close(CloseReason.DUPLICATE, " ")).field());
    assertEquals("reason", assertThrows(InvalidInput.class, () -> q.close(null, null)).field());
  }

  @Test
  void linksAreCounted() {
    assertEquals(2, SpamGuard.links("see https://a.example and www.b.example"));
    assertEquals(0, SpamGuard.links("no links here"));
    assertEquals(2, SpamGuard.links("[a](//evil.example/x) and <ftp://files.example>"));
    assertEquals(1, SpamGuard.links("HTTPS://LOUD.EXAMPLE, a path a/b//c, 10//12 and // comment"));
  }
}
