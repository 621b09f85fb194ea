package kb.tickets;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.shared.validation.NotFound;

/** The number people quote, e.g. {@code KB-1042}; stored as 1042. */
public record TicketNumber(long value) {

  private static final Pattern FORMAT = Pattern.compile("(?:KB-)?(\\d{1,12})");

  public static TicketNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new NotFound("ticket.notFound");
    }
    return new TicketNumber(Long.parseLong(m.group(1)));
  }

  @Override
  public String toString() {
    return "KB-" + value;
  }
}
