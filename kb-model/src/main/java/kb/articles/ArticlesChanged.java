package kb.articles;

import java.util.List;

/**
 * Fired inside the transaction that changed articles; observers that act after commit (the search
 * index) get everything they need in the event, so they never read the database after commit.
 *
 * @param articles the changed articles, each with all its currently published translations
 */
public record ArticlesChanged(List<Snapshot> articles) {

  /** One article as readers see it now: the translations that are published, nothing else. */
  public record Snapshot(String slug, String category, List<Text> published) {}

  /** One published translation, with its body as plain text for full-text search. */
  public record Text(String locale, String title, String body, List<String> tags) {}
}
