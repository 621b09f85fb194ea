package kb.forum;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;

/** The shape every post must have, checked before anything is written. Messages are keys. */
public final class PostRules {

  public static final int TITLE_MIN = 15;
  public static final int TITLE_MAX = 150;
  public static final int BODY_MIN = 20;
  public static final int BODY_MAX = 20_000;
  public static final int COMMENT_MIN = 5;
  public static final int MAX_TAGS = 5;
  static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{1,29}");

  private PostRules() {}

  public static String title(String raw) {
    String t = raw == null ? "" : Text.clean(raw).replaceAll("\\s+", " ").strip();
    if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
      throw new InvalidInput("title", "forum.title.length", TITLE_MIN, TITLE_MAX);
    }
    return t;
  }

  public static String body(String raw) {
    String b = raw == null ? "" : Text.clean(raw).strip();
    if (b.length() < BODY_MIN || b.length() > BODY_MAX) {
      throw new InvalidInput("markdown", "forum.body.length", BODY_MIN, BODY_MAX);
    }
    return b;
  }

  public static String comment(String raw) {
    String c = raw == null ? "" : Text.clean(raw).replaceAll("\\s+", " ").strip();
    if (c.length() < COMMENT_MIN || c.length() > Comment.MAX) {
      throw new InvalidInput("text", "forum.comment.length", COMMENT_MIN, Comment.MAX);
    }
    return c;
  }

  /** Tags from a list or a space/comma separated string: lower case, 1 to 5, letters and '-'. */
  public static Set<String> tags(Iterable<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw != null) {
      for (String item : raw) {
        if (item == null) {
          continue;
        }
        for (String t : item.split("[\\s,]+")) {
          String tag = t.strip().toLowerCase(Locale.ROOT);
          if (tag.startsWith("#")) {
            tag = tag.substring(1);
          }
          if (tag.isEmpty()) {
            continue;
          }
          if (!TAG.matcher(tag).matches()) {
            throw new InvalidInput("tags", "forum.tags.invalid", tag);
          }
          out.add(tag);
        }
      }
    }
    if (out.isEmpty() || out.size() > MAX_TAGS) {
      throw new InvalidInput("tags", "forum.tags.count", MAX_TAGS);
    }
    return out;
  }

  public static Set<String> tags(String raw) {
    return tags(raw == null ? null : Arrays.asList(raw));
  }

  public static String locale(String raw) {
    if (raw == null || raw.isBlank()) {
      return Locales.DEFAULT;
    }
    return Locales.match(raw)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }
}
