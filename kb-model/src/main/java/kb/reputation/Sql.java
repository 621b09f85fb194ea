package kb.reputation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions of the values native queries return, which differ between H2 and PostgreSQL. */
public final class Sql {

  private Sql() {}

  public static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toOffsetDateTime();
    }
    return OffsetDateTime.parse(value.toString());
  }

  public static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }

  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
