package kb.tickets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When an SLA target falls due: minutes counted around the clock, or only in business hours (Monday
 * to Friday, 09:00–17:00 UTC), skipping nights and weekends.
 */
public final class SlaClock {

  static final LocalTime OPEN = LocalTime.of(9, 0);
  static final LocalTime CLOSE = LocalTime.of(17, 0);

  private SlaClock() {}

  public static OffsetDateTime due(OffsetDateTime from, int minutes, boolean businessHours) {
    OffsetDateTime start = from.withOffsetSameInstant(ZoneOffset.UTC);
    if (!businessHours) {
      return start.plusMinutes(minutes);
    }
    OffsetDateTime t = nextOpen(start);
    long left = minutes;
    while (true) {
      OffsetDateTime closing = t.with(CLOSE);
      long available = Duration.between(t, closing).toMinutes();
      if (left <= available) {
        return t.plusMinutes(left);
      }
      left -= available;
      t = nextOpen(closing.plusMinutes(1));
    }
  }

  private static OffsetDateTime nextOpen(OffsetDateTime t) {
    OffsetDateTime x = t;
    while (true) {
      boolean weekend =
          x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !x.toLocalTime().isBefore(OPEN) && x.toLocalTime().isBefore(CLOSE)) {
        return x;
      }
      if (!weekend && x.toLocalTime().isBefore(OPEN)) {
        return x.with(OPEN).withSecond(0).withNano(0);
      }
      x = x.plusDays(1).with(OPEN).withSecond(0).withNano(0);
    }
  }
}
