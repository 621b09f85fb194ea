package kb.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Formats bundle messages with arguments and dates in the page's language: {@code #{i18n…}}. */
@Named("i18n")
@RequestScoped
public class Formatter {

  @Inject UserLocale userLocale;

  public String format(String key, Object argument) {
    return Messages.get(userLocale.getLocale(), key, blankIfNull(argument));
  }

  public String format2(String key, Object first, Object second) {
    return Messages.get(userLocale.getLocale(), key, blankIfNull(first), blankIfNull(second));
  }

  /** A missing value (a notice without an actor) prints as nothing rather than failing. */
  private static Object blankIfNull(Object value) {
    return value == null ? "" : value;
  }

  public String date(OffsetDateTime value) {
    if (value == null) {
      return "";
    }
    return value.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(userLocale.getLocale()));
  }

  public String dateTime(OffsetDateTime value) {
    if (value == null) {
      return "";
    }
    return value.format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(userLocale.getLocale()));
  }
}
