package kb.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.shared.validation.Text;

/**
 * "Was this helpful?": one answer per visitor and translation, counted once; a later answer from
 * the same visitor replaces the first. Comments go to the article owner's queue.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

  public static final int MAX_COMMENT = 1000;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject ArticleService articles;

  @Inject Clock clock;

  @Inject Event<FeedbackGiven> given;

  /** Records a vote and returns the translation's counts after it. */
  public Counts vote(String slug, String locale, String visitor, boolean helpful, String comment) {
    if (visitor == null || visitor.isBlank() || visitor.length() > 64) {
      throw new InvalidInput("visitor", "feedback.visitor.invalid");
    }
    String text = Text.clean(comment);
    if (text.length() > MAX_COMMENT) {
      throw new InvalidInput("comment", "feedback.comment.tooLong", MAX_COMMENT);
    }
    Translation t =
        articles
            .requireArticle(slug)
            .translation(locale)
            .filter(x -> x.status() == Status.PUBLISHED)
            .orElseThrow(() -> new NotFound("article.notFound"));
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Feedback> existing =
        em.createNamedQuery("Feedback.byVisitor", Feedback.class)
            .setParameter("translation", t)
            .setParameter("visitor", visitor)
            .getResultStream()
            .findFirst();
    Feedback f;
    if (existing.isPresent()) {
      f = existing.get();
      if (f.helpful() != helpful) {
        count(t, f.helpful(), -1);
        count(t, helpful, 1);
        f.change(helpful, now);
      }
    } else {
      f = new Feedback(t, visitor, helpful, now);
      count(t, helpful, 1);
      em.persist(f);
    }
    if (!text.isEmpty()) {
      f.comment(text);
    }
    em.flush();
    given.fire(new FeedbackGiven(slug, locale, visitor, helpful));
    Object[] counts =
        em.createQuery(
                "select t.helpfulYes, t.helpfulNo from Translation t where t.id = :id",
                Object[].class)
            .setParameter("id", t.id())
            .getSingleResult();
    return new Counts(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
  }

  /**
   * Counters change by bulk update, which leaves the translation's version alone: a vote must never
   * make an editor's open edit stale.
   */
  private void count(Translation t, boolean helpful, int delta) {
    String column = helpful ? "helpfulYes" : "helpfulNo";
    em.createQuery(
            "update Translation t set t." + column + " = t." + column + " + :d where t.id = :id")
        .setParameter("d", delta)
        .setParameter("id", t.id())
        .executeUpdate();
  }

  /** Yes and no counts of a translation. */
  public record Counts(int yes, int no) {}
}
