package kb.forum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import kb.accounts.Role;
import kb.reputation.Member;
import org.junit.jupiter.api.Test;

class SameAddressRuleTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

  private static Member member(long id, OffsetDateTime joined) {
    return new Member(id, "m" + id, "M" + id, 1, EnumSet.of(Role.MEMBER), joined);
  }

  private static Post post(Member author, String address, OffsetDateTime at, Post question) {
    Post p =
        question == null
            ? Post.question(author, "A question title here", "body", "body", "en", Set.of(), at)
            : Post.answer(question, author, "An answer body", "html", false, at);
    p.cameFrom(address);
    return p;
  }

  @Test
  void aNewAccountWaitsForAFreshAnswerFromItsOwnAddress() {
    Member asker = member(1, NOW.minusHours(1));
    Member puppet = member(2, NOW.minusHours(1));
    Post q = post(asker, "home", NOW.minusMinutes(10), null);
    Post a = post(puppet, "home", NOW.minusMinutes(5), q);
    assertTrue(Voting.sameAddressTooSoon(asker, q, a, null, NOW), "question's address");
    Post elsewhere = post(puppet, "cafe", NOW.minusMinutes(5), q);
    assertTrue(Voting.sameAddressTooSoon(asker, q, elsewhere, "cafe", NOW), "accepting from there");
    assertFalse(Voting.sameAddressTooSoon(asker, q, elsewhere, "home", NOW), "another address");
  }

  @Test
  void timeOrAnOlderAccountLiftsIt() {
    Member asker = member(1, NOW.minusHours(1));
    Member puppet = member(2, NOW.minusHours(1));
    Post q = post(asker, "home", NOW.minusHours(2), null);
    Post old = post(puppet, "home", NOW.minusMinutes(31), q);
    assertFalse(Voting.sameAddressTooSoon(asker, q, old, null, NOW), "half an hour later");
    Member veteran = member(3, NOW.minusDays(8));
    Post fresh = post(puppet, "home", NOW.minusMinutes(1), q);
    assertFalse(Voting.sameAddressTooSoon(veteran, q, fresh, "home", NOW), "a week-old account");
    Post local = post(puppet, null, NOW.minusMinutes(1), q);
    assertFalse(Voting.sameAddressTooSoon(asker, q, local, null, NOW), "no address recorded");
  }
}
