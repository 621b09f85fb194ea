package kb.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI string exists in every language, with the same placeholders, and is translated. */
class BundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream("/kb/web/i18n/messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static TreeSet<String> placeholders(String text) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "uk", "tr", "vi"})
  void translationHasEveryKeyWithTheSamePlaceholders(String locale) throws IOException {
    Properties en = load("");
    Properties other = load("_" + locale);
    assertEquals(
        new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
    int same = 0;
    for (String key : en.stringPropertyNames()) {
      assertEquals(
          placeholders(en.getProperty(key)),
          placeholders(other.getProperty(key)),
          locale + " " + key);
      if (en.getProperty(key).equals(other.getProperty(key))) {
        same++;
      }
    }
    assertNotEquals(en.size(), same);
    // A few strings are the same in every language (HTTP Basic, JSON, status names).
    assertEquals(true, same < 10, locale + ": " + same + " strings are still English");
  }
}
