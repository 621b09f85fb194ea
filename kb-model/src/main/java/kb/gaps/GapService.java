package kb.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.articles.ArticleService;
import kb.gaps.GapViews.Verification;
import kb.search.SearchHit;
import kb.search.SearchService;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * What editors decide about gaps, and the check that an article really covers its gap: the gap's
 * most searched queries are run again, and the article must rank in the top 3 for most of them.
 */
@ApplicationScoped
@Transactional
public class GapService {

  /** Queries re-run to verify a gap, most searched first. */
  static final int VERIFY_QUERIES = 10;

  static final int TOP = 3;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject ArticleService articles;
  @Inject SearchService search;
  @Inject Clock clock;
  @Inject Access access;

  public Gap find(long id) {
    Gap gap = em.find(Gap.class, id);
    if (gap == null) {
      throw new NotFound("gap.notFound");
    }
    return gap;
  }

  /**
   * Moves a gap to a status: PLANNED (assigned to {@code editor}, with the article being written if
   * known), COVERED (needs the article, verified at once), DISMISSED (needs a reason) or OPEN
   * again. {@code version}, when given, must be the version the editor saw.
   */
  public Gap change(
      Actor actor,
      long id,
      GapStatus status,
      String slug,
      String reason,
      String editor,
      Long version) {
    access.require(actor, Action.WORK_GAPS);
    if (status == null) {
      throw new InvalidInput("status", "gap.status.unknown");
    }
    if (editor == null || editor.isBlank() || editor.length() > 30) {
      throw new InvalidInput("assignee", "account.username.invalid");
    }
    Gap gap = find(id);
    if (version != null && version != gap.version()) {
      throw new Conflict("gap.stale");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String article = slug == null || slug.isBlank() ? null : slug.strip();
    if (article != null && !articles.exists(article)) {
      throw new InvalidInput("articleSlug", "gap.article.unknown", article);
    }
    switch (status) {
      case PLANNED -> {
        gap.plan(editor, article, now);
        if (article != null) {
          verifyIfPublished(gap, now); // a newly linked article that is already published
        }
      }
      case COVERED -> {
        if (article == null && gap.articleSlug() == null) {
          throw new InvalidInput("articleSlug", "gap.article.required");
        }
        String covering = article != null ? article : gap.articleSlug();
        Verification v = verify(gap, covering);
        gap.cover(covering, v.covers(), note(v), CoveredBy.EDITOR, now);
      }
      case DISMISSED -> gap.dismiss(reason, now);
      case OPEN -> gap.reopen(null, now);
    }
    em.flush();
    return gap;
  }

  /** The editor starts writing the gap's article: the gap is theirs, linked to the new draft. */
  public void planned(Actor actor, long id, String slug) {
    access.require(actor, Action.WORK_GAPS);
    String editor = actor.username();
    Gap gap = find(id);
    if (gap.status() == GapStatus.OPEN || gap.status() == GapStatus.PLANNED) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      gap.plan(editor, slug, now);
      verifyIfPublished(gap, now);
    }
  }

  /**
   * An article published before it was linked (published straight from the editor) is checked now.
   */
  private void verifyIfPublished(Gap gap, OffsetDateTime now) {
    String slug = gap.articleSlug();
    if (slug != null && articles.isPublished(slug)) {
      Verification v = verify(gap, slug);
      if (v.covers()) {
        gap.cover(slug, true, note(v), CoveredBy.EDITOR, now);
      } else {
        gap.reopen(note(v), now);
      }
    }
  }

  /**
   * An article was published: each planned or open gap it is linked to is checked. If the article
   * now ranks in the top 3 for most of the gap's searches, the gap is covered and verified;
   * otherwise it is open again, with how many searches the article answered.
   */
  public void articlePublished(String slug) {
    List<Gap> gaps =
        em.createQuery(
                "select g from Gap g where g.articleSlug = :slug and g.status in :states",
                Gap.class)
            .setParameter("slug", slug)
            .setParameter("states", List.of(GapStatus.OPEN, GapStatus.PLANNED))
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (Gap gap : gaps) {
      verifyIfPublished(gap, now);
    }
  }

  /** Runs the gap's most searched queries again and counts those that rank the article top 3. */
  public Verification verify(Gap gap, String slug) {
    return verify(gap, q -> search.rank(q, gap.locale(), TOP), slug);
  }

  /** The same for a community thread: its searches among threads must rank it in the top 3. */
  Verification verifyThread(Gap gap, long thread) {
    return verify(gap, q -> search.rankThreads(q, gap.locale(), TOP), String.valueOf(thread));
  }

  private Verification verify(Gap gap, Function<String, List<SearchHit>> top, String slug) {
    List<String> queries =
        em.createQuery(
                "select q.sample from GapQuery q where q.gapId = :gap order by q.searches desc,"
                    + " q.id",
                String.class)
            .setParameter("gap", gap.id())
            .setMaxResults(VERIFY_QUERIES)
            .getResultList();
    int found = 0;
    for (String q : queries) {
      if (top.apply(SearchService.normalize(q)).stream().anyMatch(h -> h.slug().equals(slug))) {
        found++;
      }
    }
    return new Verification(found, queries.size());
  }

  /** The gap's most searched texts with their counts: the hints for its article's writer. */
  public List<GapViews.SampleQuery> samples(Actor actor, long id) {
    access.require(actor, Action.WORK_GAPS);
    return em.createQuery(
            "select q.sample, q.searches from GapQuery q where q.gapId = :gap"
                + " order by q.searches desc, q.id",
            Object[].class)
        .setParameter("gap", id)
        .setMaxResults(VERIFY_QUERIES)
        .getResultStream()
        .map(r -> new GapViews.SampleQuery((String) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  /** "3/4": the note kept with a verification, which the report words in the reader's language. */
  static String note(Verification v) {
    return v.found() + "/" + v.queries();
  }
}
