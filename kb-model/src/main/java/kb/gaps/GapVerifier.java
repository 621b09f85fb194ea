package kb.gaps;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.articles.ArticlesChanged;
import kb.search.SearchIndex;

/**
 * Checks gaps when their article is published. It observes after commit with a later priority than
 * the search index, so the searches it re-runs already find the new article.
 */
@ApplicationScoped
public class GapVerifier {

  private static final Logger LOG = Logger.getLogger(GapVerifier.class.getName());

  @Inject GapService gaps;
  @Inject SearchIndex index;

  void onChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000)
          ArticlesChanged event) {
    if (!index.isOpen()) {
      return;
    }
    for (ArticlesChanged.Snapshot s : event.articles()) {
      if (s.published().isEmpty()) {
        continue;
      }
      try {
        gaps.articlePublished(s.slug());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "verifying the gaps of " + s.slug() + " failed", e);
      }
    }
  }
}
