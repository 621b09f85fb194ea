package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import kb.reputation.Members;

/**
 * Who follows which thread: askers and answerers follow automatically, anyone signed in can follow
 * or unfollow. Followers hear about new answers.
 */
@ApplicationScoped
@Transactional
public class Following {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Members members;
  @Inject Posts posts;

  public void follow(String username, long questionId) {
    posts.question(questionId);
    follow(members.require(username).id(), questionId);
  }

  public void unfollow(String username, long questionId) {
    em.createNativeQuery("DELETE FROM thread_follow WHERE question_id = ?1 AND account_id = ?2")
        .setParameter(1, questionId)
        .setParameter(2, members.require(username).id())
        .executeUpdate();
  }

  public boolean follows(long accountId, long questionId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM thread_follow WHERE question_id = ?1 AND account_id = ?2")
        .setParameter(1, questionId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  void follow(long accountId, long questionId) {
    if (!follows(accountId, questionId)) {
      em.createNativeQuery("INSERT INTO thread_follow (question_id, account_id) VALUES (?1, ?2)")
          .setParameter(1, questionId)
          .setParameter(2, accountId)
          .executeUpdate();
    }
  }

  /** The account ids following a thread. */
  public List<Long> followers(long questionId) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery("SELECT account_id FROM thread_follow WHERE question_id = ?1")
            .setParameter(1, questionId)
            .getResultList();
    return ids.stream().map(o -> ((Number) o).longValue()).toList();
  }
}
