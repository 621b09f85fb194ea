package kb.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.forum.Following;
import kb.forum.ForumEvents.AnswerAccepted;
import kb.forum.ForumEvents.AnswerPosted;
import kb.forum.ForumEvents.CommentPosted;
import kb.forum.ForumEvents.ModeratorDecision;
import kb.reputation.BadgeAwarded;

/**
 * Who hears about what: the asker and the thread's followers about answers, a post's author about
 * comments, the answerer about acceptance, members about their badges and about moderators'
 * decisions on their posts. Nobody is told about their own action.
 */
@ApplicationScoped
public class NoticeRules {

  private static final Logger LOG = Logger.getLogger(NoticeRules.class.getName());

  @Inject Inbox inbox;
  @Inject Following following;

  void onAnswer(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerPosted answer) {
    String url = "/questions/" + answer.questionId() + "#a" + answer.answerId();
    for (long follower : following.followers(answer.questionId())) {
      if (follower == answer.authorId()) {
        continue;
      }
      boolean asker = follower == answer.askerId();
      deliver(
          follower,
          asker ? NoticeKind.ANSWER : NoticeKind.FOLLOWED_ANSWER,
          answer.author(),
          answer.title(),
          url);
    }
  }

  void onComment(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentPosted comment) {
    if (comment.postAuthorId() != comment.authorId()) {
      deliver(
          comment.postAuthorId(),
          NoticeKind.COMMENT,
          comment.author(),
          comment.title(),
          "/questions/"
              + comment.questionId()
              + (comment.postId() == comment.questionId() ? "#question" : "#a" + comment.postId()));
    }
  }

  void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnswerAccepted accepted) {
    if (accepted.answererId() != accepted.askerId()) {
      deliver(
          accepted.answererId(),
          NoticeKind.ACCEPTED,
          null,
          accepted.title(),
          "/questions/" + accepted.questionId() + "#a" + accepted.answerId());
    }
  }

  void onBadge(@Observes(during = TransactionPhase.AFTER_SUCCESS) BadgeAwarded badge) {
    deliver(
        badge.accountId(),
        NoticeKind.BADGE,
        null,
        badge.badge().name(),
        "/account/profile.xhtml#badges");
  }

  void onDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModeratorDecision decision) {
    deliver(
        decision.authorId(),
        NoticeKind.MODERATION,
        decision.action(),
        decision.title(),
        "/questions/" + decision.questionId());
  }

  void onTicket(@Observes(during = TransactionPhase.AFTER_SUCCESS) kb.tickets.TicketChanged t) {
    String url = "/account/ticket.xhtml?number=" + t.number();
    if (t.requester().equals(t.actor())) {
      return; // the requester's own escalation or reply
    }
    if (t.publicReply()) {
      deliver(t.requesterId(), NoticeKind.TICKET_REPLY, t.actor(), t.number(), url);
    } else if (!"system".equals(t.actor()) || t.status() == kb.tickets.TicketStatus.NEW) {
      deliver(t.requesterId(), NoticeKind.TICKET_STATUS, t.status().name(), t.number(), url);
    }
  }

  private void deliver(long to, NoticeKind kind, String actor, String subject, String url) {
    try {
      inbox.deliver(to, kind, actor, subject, url);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "notice " + kind + " to " + to + " not delivered", e);
    }
  }
}
