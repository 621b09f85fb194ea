package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.forum.ForumEvents.AnswerAccepted;
import kb.forum.ForumEvents.CommentPosted;
import kb.forum.ForumEvents.PostEdited;
import kb.forum.ForumEvents.PostFlagged;
import kb.forum.ForumEvents.QuestionViewed;
import kb.forum.ForumEvents.VoteCast;
import kb.reputation.Badge;
import kb.reputation.Badges;

/**
 * When a badge is earned: each rule watches the community event that can satisfy it, after the
 * event's transaction committed, and reads the current figures from the database — so a rule judged
 * twice (two nodes, a retried request) still awards once.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class BadgeRules {

  private static final Logger LOG = Logger.getLogger(BadgeRules.class.getName());

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Badges badges;
  @Inject Posts posts;

  void onVote(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoteCast vote) {
    if (vote.value() == 1) {
      award(vote.voterId(), Badge.SUPPORTER, 0);
    } else if (vote.value() == -1) {
      award(vote.voterId(), Badge.CRITIC, 0);
    }
    int score = posts.score(vote.postId());
    if (score < 1) {
      return;
    }
    if (vote.kind() == PostKind.QUESTION) {
      award(vote.authorId(), Badge.STUDENT, 0);
      return;
    }
    award(vote.authorId(), Badge.TEACHER, 0);
    if (score >= Badge.NICE) {
      award(vote.authorId(), Badge.NICE_ANSWER, vote.postId());
    }
    if (score >= Badge.GOOD) {
      award(vote.authorId(), Badge.GOOD_ANSWER, vote.postId());
    }
    if (score >= Badge.GREAT) {
      award(vote.authorId(), Badge.GREAT_ANSWER, vote.postId());
    }
  }

  void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerAccepted accepted) {
    award(accepted.askerId(), Badge.SCHOLAR, 0);
    if (accepted.answererId() != accepted.askerId()) {
      award(accepted.answererId(), Badge.SOLVER, 0);
    }
  }

  void onEdited(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostEdited edited) {
    award(edited.editorId(), Badge.EDITOR, 0);
  }

  void onFlagged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostFlagged flagged) {
    award(flagged.flaggerId(), Badge.CITIZEN_PATROL, 0);
  }

  void onComment(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentPosted comment) {
    long n =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM post_comment WHERE author_id = ?1 AND deleted = FALSE")
                    .setParameter(1, comment.authorId())
                    .getSingleResult())
            .longValue();
    if (n >= Badge.COMMENTS) {
      award(comment.authorId(), Badge.COMMENTATOR, 0);
    }
  }

  void onViewed(@Observes QuestionViewed viewed) {
    if (viewed.views() >= Badge.POPULAR_VIEWS) {
      award(viewed.authorId(), Badge.POPULAR_QUESTION, viewed.questionId());
    }
  }

  private void award(long accountId, Badge badge, long source) {
    try {
      badges.award(accountId, badge, source);
    } catch (RuntimeException e) {
      // another node or request awarded it first: the unique key kept it single
      LOG.log(Level.FINE, "badge " + badge + " for " + accountId + " not awarded twice", e);
    }
  }
}
