package kb.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** SLA due times around the clock and in business hours. */
class SlaClockTest {

  private static OffsetDateTime at(String s) {
    return OffsetDateTime.parse(s);
  }

  @Test
  void aroundTheClockJustAddsMinutes() {
    assertEquals(at("2026-11-21T23:00Z"), SlaClock.due(at("2026-11-21T22:00Z"), 60, false));
  }

  @Test
  void businessHoursSkipNightsAndWeekends() {
    // Friday 16:00 + 2 h of business time = Monday 10:00
    assertEquals(at("2026-11-23T10:00Z"), SlaClock.due(at("2026-11-20T16:00Z"), 120, true));
    // Saturday: the clock starts Monday 09:00
    assertEquals(at("2026-11-23T09:30Z"), SlaClock.due(at("2026-11-21T12:00Z"), 30, true));
    // Tuesday 08:00 + 8 h = Tuesday 17:00
    assertEquals(at("2026-11-24T17:00Z"), SlaClock.due(at("2026-11-24T08:00Z"), 480, true));
    // within the day
    assertEquals(at("2026-11-24T11:15Z"), SlaClock.due(at("2026-11-24T10:00Z"), 75, true));
  }
}
