package kb.shared.markdown;

import java.util.regex.Pattern;

/**
 * The readable text of sanitized HTML, for indexing and snippets: tags dropped, entities decoded.
 */
public final class PlainText {

  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)</(p|h[1-6]|li|tr|td|th|blockquote|pre|div)>|<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");

  private PlainText() {}

  public static String of(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    String text = BLOCK_END.matcher(html).replaceAll("\n");
    text = TAG.matcher(text).replaceAll(" ");
    text = decode(text);
    text = SPACE.matcher(text).replaceAll(" ");
    return LINES.matcher(text).replaceAll("\n").strip();
  }

  private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

  private static String decode(String text) {
    String named =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&nbsp;", " ");
    String numeric =
        NUMERIC
            .matcher(named)
            .replaceAll(
                m -> {
                  String n = m.group(1);
                  int cp =
                      n.startsWith("x")
                          ? Integer.parseInt(n.substring(1), 16)
                          : Integer.parseInt(n);
                  return java.util.regex.Matcher.quoteReplacement(
                      Character.isValidCodePoint(cp) ? Character.toString(cp) : " ");
                });
    return numeric.replace("&amp;", "&");
  }
}
