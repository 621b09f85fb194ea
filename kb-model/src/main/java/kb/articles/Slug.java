package kb.articles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import kb.shared.validation.InvalidInput;

/** The identifier of an article in URLs and in content/: lowercase ASCII words and dashes. */
public record Slug(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Slug {
    if (!isValid(value)) {
      throw new InvalidInput("slug", "article.slug.invalid");
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= 100 && VALID.matcher(value).matches();
  }

  /** A slug made from a title ("How do I return an item?" → "how-do-i-return-an-item"). */
  public static Slug fromTitle(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > 80) {
      ascii = ascii.substring(0, 80).replaceAll("-+$", "");
    }
    return new Slug(ascii.isEmpty() ? "article" : ascii);
  }

  @Override
  public String toString() {
    return value;
  }
}
