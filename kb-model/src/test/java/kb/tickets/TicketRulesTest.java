package kb.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import kb.shared.validation.Conflict;
import kb.shared.validation.NotFound;
import org.junit.jupiter.api.Test;

/** Ticket rules without a container: numbers, status moves, canned responses, SLA breaches. */
class TicketRulesTest {

  static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-24T10:00:00Z");

  private static Ticket ticket() {
    return new Ticket(
        1042,
        7,
        "alice",
        3L,
        "Where is my refund?",
        Priority.NORMAL,
        "ASKER",
        null,
        T0,
        T0.plusHours(8),
        T0.plusDays(2));
  }

  @Test
  void numbersReadAsPeopleWriteThem() {
    assertEquals(1042, TicketNumber.parse("KB-1042").value());
    assertEquals(1042, TicketNumber.parse(" kb-1042 ").value());
    assertEquals(1042, TicketNumber.parse("1042").value());
    assertEquals("KB-1042", new TicketNumber(1042).toString());
    assertThrows(NotFound.class, () -> TicketNumber.parse("KB-12x"));
  }

  @Test
  void theFirstPublicReplyOpensItAndMeetsTheFirstResponseTarget() {
    Ticket t = ticket();
    assertEquals(TicketStatus.NEW, t.status());
    t.answeredBySupport(T0.plusHours(1));
    assertEquals(TicketStatus.OPEN, t.status());
    assertEquals(T0.plusHours(1), t.firstResponseAt());
    t.answeredBySupport(T0.plusHours(3));
    assertEquals(T0.plusHours(1), t.firstResponseAt(), "the first reply counts");
  }

  @Test
  void aRequesterReplyReopensASolvedTicketButNotAClosedOne() {
    Ticket t = ticket();
    t.moveTo(TicketStatus.SOLVED, T0.plusHours(2));
    assertEquals(T0.plusHours(2), t.solvedAt());
    t.answeredByRequester(T0.plusHours(3));
    assertEquals(TicketStatus.OPEN, t.status());
    assertNull(t.solvedAt());
    t.moveTo(TicketStatus.CLOSED, T0.plusHours(4));
    assertThrows(Conflict.class, () -> t.answeredByRequester(T0.plusHours(5)));
    assertThrows(Conflict.class, () -> t.moveTo(TicketStatus.OPEN, T0.plusHours(5)));
  }

  @Test
  void breachesAndSoonToBreachAreMarked() {
    Ticket t = ticket();
    assertFalse(TicketQueries.row(t, T0.plusHours(1)).breachingSoon());
    assertTrue(TicketQueries.row(t, T0.plusHours(7)).breachingSoon());
    assertTrue(TicketQueries.row(t, T0.plusHours(9)).breached());
    t.answeredBySupport(T0.plusHours(1));
    assertFalse(TicketQueries.row(t, T0.plusHours(9)).breached(), "first response met in time");
    assertTrue(TicketQueries.row(t, T0.plusDays(3)).breached(), "resolution overdue");
  }

  @Test
  void cannedResponsesFillTheirPlaceholders() {
    String body = "Hello {{requester.name}}, see {{article:refund-status}} and {{article:nope}}.";
    String filled =
        CannedResponses.fill(
            body, "Alice", slug -> slug.equals("refund-status") ? "Where is my refund?" : null);
    assertEquals(
        "Hello Alice, see [Where is my refund?](/articles/refund-status) and [nope](/articles/nope).",
        filled);
  }
}
