package kb.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kb.articles.ArticleService;
import kb.articles.ArticlesChanged;
import kb.forum.ForumEvents.AnswerAccepted;
import kb.forum.ForumEvents.AnswerPosted;
import kb.forum.QuestionIndexer;
import kb.gaps.GapViews.Verification;
import kb.search.SearchIndex;
import kb.search.SynonymService;

/**
 * Notices by itself that a gap is answered (issue 20). Every published article or translation,
 * however it was published (editor, REST, restore, content import), and every thread that gets an
 * accepted or official answer is queued in the publishing transaction; the next aggregation run
 * checks it against the open and planned gaps of its language, off the request thread and after the
 * index has it. Only gaps whose main terms the text contains are searched again; those whose most
 * searched texts now find it in the top 3 for more than half become covered and verified.
 */
@ApplicationScoped
public class GapRechecks {

  private static final Logger LOG = Logger.getLogger(GapRechecks.class.getName());

  static final String ARTICLE = "ARTICLE";
  static final String THREAD = "THREAD";

  /** Publications checked per transaction. */
  static final int BATCH = 50;

  /**
   * How long a publication waits before it is checked: the index takes it right after the commit,
   * on the publishing thread, and a check before that would find the gap unanswered.
   */
  static final Duration SETTLE = Duration.ofSeconds(1);

  /** Terms passed to one candidate query at most (a longer text keeps its first ones). */
  static final int MAX_TERMS = 2000;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject GapService gaps;
  @Inject ArticleService articles;
  @Inject QuestionIndexer threads;
  @Inject SearchIndex index;
  @Inject SynonymService synonyms;
  @Inject Clock clock;

  @Transactional
  void onArticles(@Observes ArticlesChanged changed) {
    for (ArticlesChanged.Snapshot s : changed.articles()) {
      if (!s.published().isEmpty()) {
        queue(ARTICLE, s.slug());
      }
    }
  }

  @Transactional
  void onAccepted(@Observes AnswerAccepted accepted) {
    queue(THREAD, String.valueOf(accepted.questionId()));
  }

  @Transactional
  void onAnswered(@Observes AnswerPosted answered) {
    if (answered.official()) {
      queue(THREAD, String.valueOf(answered.questionId()));
    }
  }

  private void queue(String kind, String target) {
    em.createNativeQuery("insert into gap_recheck (kind, target, queued_at) values (?1, ?2, ?3)")
        .setParameter(1, kind)
        .setParameter(2, target)
        .setParameter(3, OffsetDateTime.now(clock))
        .executeUpdate();
  }

  /**
   * Checks up to {@link #BATCH} queued publications against the gaps; returns how many queue
   * entries it read. It holds the aggregation's cursor lock, so nodes take turns.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int step() {
    em.find(GapCursor.class, GapCursor.ID, LockModeType.PESSIMISTIC_WRITE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, target from gap_recheck where queued_at <= ?1 order by id")
            .setParameter(1, now.minus(SETTLE))
            .setMaxResults(BATCH)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    long started = System.nanoTime();
    GapTerms terms = new GapTerms(index, synonyms.current());
    Set<String> done = new HashSet<>();
    Tally tally = new Tally();
    // languages with gaps to close: a bulk import into a site without any costs next to nothing
    tally.open =
        new HashSet<>(
            em.createQuery(
                    "select distinct g.locale from Gap g where g.status in :states", String.class)
                .setParameter("states", List.of(GapStatus.OPEN, GapStatus.PLANNED))
                .getResultList());
    for (Object[] row : rows) {
      String kind = (String) row[1];
      String target = (String) row[2];
      if (done.add(kind + ' ' + target)) {
        if (ARTICLE.equals(kind)) {
          article(target, terms, now, tally);
        } else {
          thread(target, terms, now, tally);
        }
      }
    }
    List<Object> ids = rows.stream().map(r -> r[0]).toList();
    var delete =
        em.createNativeQuery(
            "delete from gap_recheck where id in ("
                + ids.stream().map(i -> "?").collect(Collectors.joining(", "))
                + ")");
    for (int i = 0; i < ids.size(); i++) {
      delete.setParameter(i + 1, ids.get(i));
    }
    delete.executeUpdate();
    long ms = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            "gap recheck: "
                + done.size()
                + " publication(s) checked in "
                + ms
                + " ms; "
                + tally.rerun
                + " gap(s) searched again, "
                + tally.covered
                + " covered");
    return rows.size();
  }

  /** What one run did: gaps whose searches were run again, and gaps found covered. */
  private static final class Tally {
    Set<String> open;
    int rerun;
    int covered;
  }

  /** The gaps the editors linked to the article, then every other gap it may answer. */
  private void article(String slug, GapTerms terms, OffsetDateTime now, Tally tally) {
    gaps.articlePublished(slug);
    if (tally.open.isEmpty()) {
      return;
    }
    for (ArticlesChanged.Text t :
        articles
            .publishedSnapshot(slug)
            .map(ArticlesChanged.Snapshot::published)
            .orElse(List.of())) {
      if (!tally.open.contains(t.locale())) {
        continue;
      }
      String text = t.title() + "\n" + t.body() + "\n" + String.join(" ", t.tags());
      for (Gap gap : candidates(t.locale(), terms.contained(t.locale(), text))) {
        if (slug.equals(gap.articleSlug())) {
          continue; // linked: checked above
        }
        tally.rerun++;
        Verification v = gaps.verify(gap, slug);
        if (v.covers()) {
          gap.cover(slug, true, GapService.note(v), CoveredBy.CHECK, now);
          tally.covered++;
        }
      }
    }
  }

  private void thread(String target, GapTerms terms, OffsetDateTime now, Tally tally) {
    long id;
    try {
      id = Long.parseLong(target);
    } catch (NumberFormatException e) {
      return; // not a thread id: nothing to check
    }
    if (tally.open.isEmpty()) {
      return;
    }
    var doc = threads.thread(id).orElse(null);
    if (doc == null) {
      return; // deleted or hidden since
    }
    String text = doc.getTitle() + "\n" + doc.getBody() + "\n" + String.join(" ", doc.getTags());
    for (Gap gap : candidates(doc.getLocale(), terms.contained(doc.getLocale(), text))) {
      tally.rerun++;
      Verification v = gaps.verifyThread(gap, id);
      if (v.covers()) {
        gap.coverByThread(id, GapService.note(v), now);
        tally.covered++;
      }
    }
  }

  /**
   * The open and planned gaps of a language that the text may answer: it contains at least half of
   * their main terms (those in at least half of the gap's searches). The rest are never re-run.
   */
  List<Gap> candidates(String locale, Set<String> contained) {
    if (contained.isEmpty()) {
      return List.of();
    }
    List<String> terms =
        new ArrayList<>(contained).subList(0, Math.min(MAX_TERMS, contained.size()));
    String in = terms.stream().map(t -> "?").collect(Collectors.joining(", "));
    var query =
        em.createNativeQuery(
            "select g.id from gap g join gap_term t on t.gap_id = g.id where g.locale = ?"
                + " and g.status in ('OPEN', 'PLANNED') and t.searches * 2 >= g.searches"
                + " group by g.id having sum(case when t.term in ("
                + in
                + ") then 1 else 0 end) * 2 >= count(*)");
    query.setParameter(1, locale);
    for (int i = 0; i < terms.size(); i++) {
      query.setParameter(i + 2, terms.get(i));
    }
    List<Long> ids = new ArrayList<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select g from Gap g where g.id in :ids order by g.id", Gap.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
