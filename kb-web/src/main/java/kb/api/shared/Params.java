package kb.api.shared;

import java.util.Locale;
import kb.shared.validation.InvalidInput;

/** Request values the API reads the same way everywhere. */
public final class Params {

  private Params() {}

  /**
   * One of an enum's names, case-insensitive and trimmed; a missing or unknown value is a 400 on
   * {@code field} worded by {@code messageKey}.
   */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, String messageKey) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, messageKey);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, messageKey);
    }
  }
}
