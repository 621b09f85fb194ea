package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import kb.shared.validation.NotFound;

/**
 * The forum's storage: finding posts and moving the counters many people change at once (score,
 * answers, views, last activity) with single UPDATE statements that neither lose a concurrent
 * change nor bump the post's version.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class Posts {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Post find(long id) {
    Post post = em.find(Post.class, id);
    if (post == null) {
      throw new NotFound("forum.notFound");
    }
    return post;
  }

  /** A question that exists and is not deleted (moderators may still see deleted ones). */
  public Post question(long id) {
    Post post = find(id);
    if (!post.isQuestion()) {
      throw new NotFound("forum.notFound");
    }
    return post;
  }

  /** The question, locked for the rest of the transaction (acceptance, closing). */
  Post questionForUpdate(long id) {
    Post post = question(id);
    em.lock(post, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(post);
    return post;
  }

  /** Any post, locked for the rest of the transaction and re-read (votes, deletion). */
  Post forUpdate(long id) {
    Post post = find(id);
    em.lock(post, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(post);
    return post;
  }

  /** The question a post belongs to (itself for a question). */
  Post threadOf(Post post) {
    return post.isQuestion() ? post : question(post.questionId());
  }

  /** Throws unless the post and its thread take votes, flags and edits. */
  void requireActive(Post post) {
    Post q = threadOf(post);
    if (post.deleted() || q.deleted()) {
      throw new kb.shared.validation.Conflict("forum.deleted");
    }
    if (q.locked()) {
      throw new kb.shared.validation.Conflict("forum.locked");
    }
  }

  void flush() {
    em.flush();
  }

  /** A question's answers, deleted ones included. */
  java.util.List<Post> answers(long questionId) {
    return em.createQuery("select p from Post p where p.questionId = :q order by p.id", Post.class)
        .setParameter("q", questionId)
        .getResultList();
  }

  void persist(Object entity) {
    em.persist(entity);
  }

  void revision(Post post, String editor, OffsetDateTime at) {
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT COALESCE(MAX(rev_number), 0) FROM post_revision WHERE post_id = ?1")
                .setParameter(1, post.id())
                .getSingleResult();
    em.persist(new PostRevision(post, last.intValue() + 1, editor, at));
  }

  /** The system's one flag per post is replaced when a watched word appears again. */
  void dropSystemFlag(long postId) {
    update("DELETE FROM post_flag WHERE post_id = ?1 AND flagger_id = 0", postId);
  }

  void addScore(long postId, int delta) {
    if (delta != 0) {
      update("UPDATE post SET score = score + ?1 WHERE id = ?2", delta, postId);
    }
  }

  void addAnswers(long questionId, int delta) {
    update("UPDATE post SET answer_count = answer_count + ?1 WHERE id = ?2", delta, questionId);
  }

  void touch(long questionId, OffsetDateTime at) {
    update("UPDATE post SET activity_at = ?1 WHERE id = ?2", at, questionId);
  }

  /** Counts a view and returns the new total. */
  public int view(long questionId) {
    update("UPDATE post SET views = views + 1 WHERE id = ?1", questionId);
    return ((Number)
            em.createNativeQuery("SELECT views FROM post WHERE id = ?1")
                .setParameter(1, questionId)
                .getSingleResult())
        .intValue();
  }

  public int score(long postId) {
    return ((Number)
            em.createNativeQuery("SELECT score FROM post WHERE id = ?1")
                .setParameter(1, postId)
                .getSingleResult())
        .intValue();
  }

  private void update(String sql, Object... values) {
    var q = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      q.setParameter(i + 1, values[i]);
    }
    q.executeUpdate();
  }
}
