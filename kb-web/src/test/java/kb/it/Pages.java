package kb.it;

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
}
