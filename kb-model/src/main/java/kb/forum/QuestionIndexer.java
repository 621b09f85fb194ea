package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.forum.ForumEvents.ThreadChanged;
import kb.search.ArticleDocument;
import kb.search.DocumentSource;
import kb.search.SearchIndex;
import kb.shared.markdown.PlainText;

/**
 * Puts community threads into the search index beside the articles: the title, the question and its
 * accepted and official answers, so "before you ask" and the results page find threads that were
 * solved. Hidden and deleted threads are left out.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class QuestionIndexer implements DocumentSource {

  private static final Logger LOG = Logger.getLogger(QuestionIndexer.class.getName());
  static final int BATCH = 500;
  private static final String INDEXED =
      " from Post p where p.kind = kb.forum.PostKind.QUESTION and p.deleted = false"
          + " and p.hidden = false";

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject SearchIndex index;

  void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged changed) {
    if (!index.isOpen()) {
      return;
    }
    try {
      Post q = em.find(Post.class, changed.questionId());
      if (q != null && indexed(q)) {
        index.update(List.of(document(q)), List.of());
      } else {
        index.update(List.of(), List.of(ArticleDocument.questionId(changed.questionId())));
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "thread " + changed.questionId() + " not indexed; a re-index repairs it",
          e);
    }
  }

  @Override
  public long count() {
    return em.createQuery("select count(p)" + INDEXED, Long.class).getSingleResult();
  }

  @Override
  public void all(Consumer<List<ArticleDocument>> batch) {
    long after = 0;
    List<Post> page;
    do {
      page =
          em.createQuery("select p" + INDEXED + " and p.id > :after order by p.id", Post.class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      List<ArticleDocument> docs = new ArrayList<>();
      for (Post q : page) {
        docs.add(document(q));
        after = q.id();
      }
      if (!docs.isEmpty()) {
        batch.accept(docs);
      }
    } while (page.size() == BATCH);
  }

  /** A thread as the index holds it (question, official and accepted answers), if it is indexed. */
  public Optional<ArticleDocument> thread(long questionId) {
    Post q = em.find(Post.class, questionId);
    return q != null && indexed(q) ? Optional.of(document(q)) : Optional.empty();
  }

  private static boolean indexed(Post q) {
    return q.isQuestion() && !q.deleted() && !q.hidden();
  }

  private ArticleDocument document(Post q) {
    StringBuilder body = new StringBuilder(PlainText.of(q.html()));
    em.createQuery(
            "select p from Post p where p.questionId = :q and p.deleted = false and p.hidden = false"
                + " and (p.official = true or p.id = :accepted)",
            Post.class)
        .setParameter("q", q.id())
        .setParameter("accepted", q.acceptedAnswerId() == null ? -1L : q.acceptedAnswerId())
        .getResultList()
        .forEach(a -> body.append("\n\n").append(PlainText.of(a.html())));
    return ArticleDocument.question(q.id(), q.locale(), q.title(), body.toString(), q.tags());
  }
}
