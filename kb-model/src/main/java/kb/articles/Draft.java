package kb.articles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;

/** A title, Markdown body and tags as an editor or a content file gives them, checked. */
public record Draft(String title, String markdown, Set<String> tags) {

  public static final int MAX_MARKDOWN = 100_000;

  public Draft {
    title = Text.clean(title).replaceAll("\\s+", " ");
    if (title.isEmpty()) {
      throw new InvalidInput("title", "article.title.required");
    }
    if (title.length() > 200) {
      throw new InvalidInput("title", "article.title.tooLong", 200);
    }
    markdown = markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\u0000', ' ');
    if (markdown.isBlank()) {
      throw new InvalidInput("markdown", "article.markdown.required");
    }
    if (markdown.length() > MAX_MARKDOWN) {
      throw new InvalidInput("markdown", "article.markdown.tooLong", MAX_MARKDOWN);
    }
    Set<String> clean = new LinkedHashSet<>();
    for (String tag : tags == null ? List.<String>of() : tags) {
      String t = Text.clean(tag).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (t.length() > 50) {
        throw new InvalidInput("tags", "article.tag.tooLong", 50);
      }
      if (!t.isEmpty()) {
        clean.add(t);
      }
    }
    if (clean.size() > 10) {
      throw new InvalidInput("tags", "article.tags.tooMany", 10);
    }
    tags = Set.copyOf(clean);
  }
}
