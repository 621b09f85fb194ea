package kb.search;

import java.util.regex.Pattern;

/**
 * Who searched, as far as the log needs to know: an anonymous visitor id, the username when signed
 * in, the highest role, and whether reports should leave the search out (staff, bots).
 */
public record Searcher(String visitor, String username, String role, boolean staff, boolean bot) {

  private static final Pattern BOT =
      Pattern.compile(
          "(?i)bot\\b|crawl|spider|slurp|bingpreview|facebookexternalhit|python-requests");

  public static boolean isBot(String userAgent) {
    return userAgent != null && BOT.matcher(userAgent).find();
  }
}
