package kb.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Another feature's documents for the shared index (community threads), so that a rebuild and the
 * start-up consistency check cover them without the search package knowing that feature.
 */
public interface DocumentSource {

  /** How many documents this source should have in the index. */
  long count();

  /** Hands over every document, in batches. */
  void all(Consumer<List<ArticleDocument>> batch);
}
