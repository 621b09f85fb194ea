package kb.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The resource bundle every user-facing string comes from ({@code
 * kb/web/i18n/messages_*.properties}, also the JSF bundle {@code msg}). Domain message keys resolve
 * here too.
 */
public final class Messages {

  public static final String BUNDLE = "kb.web.i18n.messages";

  private Messages() {}

  public static String get(Locale locale, String key, List<Object> arguments) {
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    if (arguments.isEmpty()) {
      return pattern;
    }
    // Bundles use plain apostrophes (JSF prints most strings as they are), so quote them here.
    return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments.toArray());
  }

  public static String get(Locale locale, String key, Object... arguments) {
    return get(locale, key, List.of(arguments));
  }
}
