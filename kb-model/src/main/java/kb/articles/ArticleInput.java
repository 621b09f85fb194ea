package kb.articles;

import java.util.Set;

/**
 * What an editor sends to create or change a translation (the REST body and the editor form).
 * {@code version} is the translation version the editor started from, {@code null} for new ones.
 */
public record ArticleInput(
    String slug,
    String locale,
    String title,
    String markdown,
    String category,
    Set<String> tags,
    Status status,
    Long version) {}
