package kb.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on rendered pages that several tests share. */
public final class Pages {

  private static final Pattern STACK_FRAME =
      Pattern.compile(
          "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\))|Caused by: |\\.java:\\d+\\)");

  private Pages() {}

  /** True when a page shows a Java stack trace (a frame such as {@code at kb.X.y(X.java:12)}). */
  public static boolean showsStackTrace(String html) {
    return STACK_FRAME.matcher(html).find();
  }

  /** The view state of the page's (first) JSF form; fails the test when there is none. */
  public static String viewState(String html) {
    Matcher m =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), "a JSF form with view state");
    return m.group(1);
  }

  /** An URL-encoded form body. */
  public static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach(
        (k, v) ->
            sb.append(sb.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return HttpRequest.BodyPublishers.ofString(sb.toString());
  }
}
