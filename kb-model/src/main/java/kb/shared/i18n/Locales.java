package kb.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The five languages the help center is written and searched in; English is the fallback. */
public final class Locales {

  public static final String DEFAULT = "en";
  public static final List<String> SUPPORTED = List.of("en", "ru", "uk", "tr", "vi");

  private Locales() {}

  public static boolean isSupported(String tag) {
    return tag != null && SUPPORTED.contains(tag);
  }

  /** The supported language a tag such as {@code ru-RU} or {@code uk} stands for, if any. */
  public static Optional<String> match(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return isSupported(language) ? Optional.of(language) : Optional.empty();
  }
}
