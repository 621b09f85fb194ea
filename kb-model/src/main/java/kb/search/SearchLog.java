package kb.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kb.articles.FeedbackGiven;
import kb.shared.config.KbConfig;
import kb.shared.validation.NotFound;

/**
 * Stores searches and the hit a searcher then opened. Prefixes typed within {@link #MERGE_WINDOW}
 * by the same visitor update the same entry, so the log counts searches, not keystrokes. Searches
 * are queued and written in batches by {@link SearchLogWriter}; every read here flushes first.
 */
@ApplicationScoped
public class SearchLog {

  public static final Duration MERGE_WINDOW = Duration.ofSeconds(5);

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject SearchLogWriter writer;

  /**
   * Records a search and returns the id of its entry (new, or the one it refined). The row is
   * written in the background ({@link SearchLogWriter}): a search never waits for the database.
   */
  public long record(SearchResults results, String locale, Searcher who, String channel) {
    String top = topIds(results);
    return writer.add(
        who,
        channel,
        results,
        locale,
        top.length() > 1000 ? top.substring(0, 1000) : top,
        OffsetDateTime.now(clock));
  }

  /** Notes which hit of a search was opened. */
  @Transactional
  public void click(long searchId, String type, String id, String visitor) {
    writer.flush();
    SearchLogEntry entry = em.find(SearchLogEntry.class, searchId);
    // Only the visitor who searched may say which hit helped: others could skew the gap report.
    if (entry == null || visitor == null || !visitor.equals(entry.visitor())) {
      throw new NotFound("search.notFound");
    }
    entry.click(type, id, OffsetDateTime.now(clock));
    writer.clicked(entry.visitor(), searchId);
  }

  /** Writes the searches still queued, for readers that must see every search made so far. */
  public void flush() {
    writer.flush();
  }

  /**
   * Notes that the visitor's latest search within the visit did not help: they asked, escalated or
   * (with {@code openedId}, the hit they opened) voted it not helpful. The gap report reads it.
   */
  @Transactional
  public void followUp(String visitor, FollowUp kind, String openedId) {
    if (visitor == null) {
      return;
    }
    writer.flush();
    OffsetDateTime now = OffsetDateTime.now(clock);
    var query =
        em.createQuery(
                "select e from SearchLogEntry e where e.visitor = :visitor and e.searchedAt >= :since"
                    + (openedId == null ? "" : " and e.clickedId = :opened")
                    + " order by e.searchedAt desc",
                SearchLogEntry.class)
            .setParameter("visitor", visitor)
            .setParameter("since", now.minus(KbConfig.current().gapVisit()));
    if (openedId != null) {
      query.setParameter("opened", openedId);
    }
    query.setMaxResults(1).getResultStream().findFirst().ifPresent(e -> e.followUp(kind));
  }

  @Transactional
  void onFeedback(@Observes FeedbackGiven feedback) {
    if (!feedback.helpful()) {
      followUp(
          feedback.visitor(),
          FollowUp.NOT_HELPFUL,
          ArticleDocument.id(feedback.slug(), feedback.locale()));
    }
  }

  @Transactional
  public SearchLogEntry find(long searchId) {
    writer.flush();
    SearchLogEntry entry = em.find(SearchLogEntry.class, searchId);
    if (entry == null) {
      throw new NotFound("search.notFound");
    }
    return entry;
  }

  /**
   * Lower case, accents kept, punctuation and repeated spaces dropped: "Refund late?" → "refund
   * late".
   */
  public static String normalize(String query) {
    String nfkc = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return nfkc.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Whether a new text continues (or backs up over) the previous one: typed refinement. */
  static boolean refines(String previous, String next) {
    return next.startsWith(previous) || previous.startsWith(next);
  }

  private static String topIds(SearchResults results) {
    return results.hits().stream().limit(10).map(SearchHit::id).collect(Collectors.joining(","));
  }

  @Transactional
  List<SearchLogEntry> recent(String visitor) {
    writer.flush();
    return em.createQuery(
            "select e from SearchLogEntry e where e.visitor = :visitor order by e.searchedAt desc",
            SearchLogEntry.class)
        .setParameter("visitor", visitor)
        .getResultList();
  }
}
