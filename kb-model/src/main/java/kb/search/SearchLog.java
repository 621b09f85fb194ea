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
 * by the same visitor update the same entry, so the log counts searches, not keystrokes.
 */
@ApplicationScoped
@Transactional
public class SearchLog {

  public static final Duration MERGE_WINDOW = Duration.ofSeconds(5);

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;

  /** Records a search and returns the id of its entry (new, or the one it refined). */
  public long record(SearchResults results, String locale, Searcher who, String channel) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String normalized = normalize(results.query());
    SearchLogEntry entry =
        em.createQuery(
                "select e from SearchLogEntry e where e.visitor = :visitor and e.searchedAt >= :since"
                    + " and e.clickedId is null order by e.searchedAt desc",
                SearchLogEntry.class)
            .setParameter("visitor", who.visitor())
            .setParameter("since", now.minus(MERGE_WINDOW))
            .setMaxResults(1)
            .getResultStream()
            .filter(e -> refines(e.normalized(), normalized))
            .findFirst()
            .orElse(null);
    if (entry == null) {
      entry = new SearchLogEntry(who, channel, now);
      entry.refine(results.query(), locale, results.total(), topIds(results), now);
      em.persist(entry);
      em.flush();
    } else {
      entry.refine(results.query(), locale, results.total(), topIds(results), now);
    }
    return entry.id();
  }

  /** Notes which hit of a search was opened. */
  public void click(long searchId, String type, String id) {
    SearchLogEntry entry = em.find(SearchLogEntry.class, searchId);
    if (entry == null) {
      throw new NotFound("search.notFound");
    }
    entry.click(type, id, OffsetDateTime.now(clock));
  }

  /**
   * Notes that the visitor's latest search within the visit did not help: they asked, escalated or
   * (with {@code openedId}, the hit they opened) voted it not helpful. The gap report reads it.
   */
  public void followUp(String visitor, FollowUp kind, String openedId) {
    if (visitor == null) {
      return;
    }
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

  void onFeedback(@Observes FeedbackGiven feedback) {
    if (!feedback.helpful()) {
      followUp(
          feedback.visitor(),
          FollowUp.NOT_HELPFUL,
          ArticleDocument.id(feedback.slug(), feedback.locale()));
    }
  }

  public SearchLogEntry find(long searchId) {
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

  List<SearchLogEntry> recent(String visitor) {
    return em.createQuery(
            "select e from SearchLogEntry e where e.visitor = :visitor order by e.searchedAt desc",
            SearchLogEntry.class)
        .setParameter("visitor", visitor)
        .getResultList();
  }
}
