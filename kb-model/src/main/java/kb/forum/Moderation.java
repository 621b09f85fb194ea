package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.forum.ForumEvents.ModeratorDecision;
import kb.forum.ForumEvents.PostFlagged;
import kb.forum.ForumEvents.ThreadChanged;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;

/**
 * Keeping the community clean: members flag posts (three pending flags hide a post until it is
 * reviewed), moderators review the queue, and members with the privileges close, reopen and lock
 * threads. Every moderator action lands in the audit log and the author is told.
 */
@ApplicationScoped
@Transactional
public class Moderation {

  /** Pending flags from different members that hide a post until a moderator reviews it. */
  public static final int HIDE_AT = 3;

  /** What a moderator does with a flagged post. */
  public enum Review {
    DISMISS,
    HIDE,
    DELETE
  }

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Posts posts;
  @Inject Members members;
  @Inject Privileges privileges;
  @Inject Posting posting;
  @Inject Clock clock;
  @Inject Event<Object> events;
  @Inject ThreadActions actions;

  public void flag(String username, long postId, FlagReason reason, String detail) {
    Member flagger = members.require(username);
    if (!actions.mayFlag(flagger, false)) {
      privileges.require(flagger, Privilege.FLAG);
    }
    if (reason == null) {
      throw new InvalidInput("reason", "forum.flag.reason");
    }
    String text = detail == null ? null : detail.strip();
    if (reason == FlagReason.OTHER && (text == null || text.length() < 5)) {
      throw new InvalidInput("detail", "forum.flag.detail");
    }
    if (text != null && text.length() > Flag.MAX_DETAIL) {
      throw new InvalidInput("detail", "forum.flag.detailLength", Flag.MAX_DETAIL);
    }
    Post post = posts.find(postId);
    if (post.authorId() == flagger.id()) {
      throw new Forbidden("forum.flag.own");
    }
    posts.requireActive(post);
    boolean already =
        !em.createQuery(
                "select f from Flag f where f.postId = :post and f.flaggerId = :who", Flag.class)
            .setParameter("post", postId)
            .setParameter("who", flagger.id())
            .getResultList()
            .isEmpty();
    if (already) {
      throw new Conflict("forum.flag.twice");
    }
    em.persist(new Flag(postId, flagger.id(), flagger.username(), reason, text, now()));
    em.flush();
    if (!post.hidden() && pending(postId) >= HIDE_AT) {
      post.hide(true);
      events.fire(new ThreadChanged(post.threadId()));
    }
    events.fire(new PostFlagged(postId, flagger.id()));
  }

  /** Moderators act on a flagged post; its pending flags are settled and the author is told. */
  public void review(String username, long postId, Review action, String note) {
    Member mod = requireModerator(username);
    if (action == null) {
      throw new InvalidInput("action", "forum.review.action");
    }
    Post post = posts.find(postId);
    FlagStatus outcome = action == Review.DISMISS ? FlagStatus.DECLINED : FlagStatus.HELPFUL;
    em.createQuery(
            "select f from Flag f where f.postId = :post and f.status = :pending", Flag.class)
        .setParameter("post", postId)
        .setParameter("pending", FlagStatus.PENDING)
        .getResultList()
        .forEach(f -> f.review(outcome, mod.username()));
    switch (action) {
      case DISMISS -> post.hide(false);
      case HIDE -> post.hide(true);
      case DELETE -> posting.removeWithPoints(posts.forUpdate(postId));
    }
    audit(mod, "REVIEW_" + action.name(), post, note);
    decided(post, action.name(), mod);
  }

  public void close(String username, long questionId, CloseReason reason, String duplicateOf) {
    Member actor = members.require(username);
    privileges.require(actor, Privilege.CLOSE);
    Post q = posts.questionForUpdate(questionId);
    String target =
        reason == CloseReason.DUPLICATE ? duplicateTarget(duplicateOf, questionId) : null;
    q.close(reason, target);
    audit(actor, "CLOSE", q, reason + (target == null ? "" : " " + target));
    decided(q, "CLOSE", actor);
  }

  public void reopen(String username, long questionId) {
    Member actor = members.require(username);
    privileges.require(actor, Privilege.CLOSE);
    Post q = posts.questionForUpdate(questionId);
    q.reopen();
    audit(actor, "REOPEN", q, null);
    decided(q, "REOPEN", actor);
  }

  public void lock(String username, long questionId, boolean locked) {
    Member actor = members.require(username);
    privileges.require(actor, Privilege.MODERATE);
    Post q = posts.questionForUpdate(questionId);
    q.lock(locked);
    audit(actor, locked ? "LOCK" : "UNLOCK", q, null);
    decided(q, locked ? "LOCK" : "UNLOCK", actor);
  }

  /** The audit log, newest first. */
  public List<AuditEntry> audit(int first, int max) {
    return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Pending flags, oldest post first, for the moderator queue. */
  public List<Flag> pendingFlags(int max) {
    return em.createQuery(
            "select f from Flag f where f.status = :pending order by f.postId, f.id", Flag.class)
        .setParameter("pending", FlagStatus.PENDING)
        .setMaxResults(max)
        .getResultList();
  }

  public Member requireModerator(String username) {
    Member mod = members.require(username);
    privileges.require(mod, Privilege.MODERATE);
    return mod;
  }

  private long pending(long postId) {
    return em.createQuery(
            "select count(f) from Flag f where f.postId = :post and f.status = :pending",
            Long.class)
        .setParameter("post", postId)
        .setParameter("pending", FlagStatus.PENDING)
        .getSingleResult();
  }

  /**
   * Where a duplicate points: {@code 123} or {@code /questions/123} for a thread, {@code
   * /articles/slug} or a bare slug for an article. The target must exist.
   */
  String duplicateTarget(String raw, long questionId) {
    String v = raw == null ? "" : raw.strip();
    String path = v.replaceFirst("^https?://[^/]+", "").replaceFirst("^/kb(?=/)", "");
    java.util.regex.Matcher thread =
        java.util.regex.Pattern.compile("^(?:/questions/)?(\\d{1,18})/?$").matcher(path);
    if (thread.matches()) {
      long id = Long.parseLong(thread.group(1));
      if (id == questionId) {
        throw new InvalidInput("duplicateOf", "forum.close.self");
      }
      Post target = em.find(Post.class, id);
      if (target == null || !target.isQuestion() || target.deleted()) {
        throw new InvalidInput("duplicateOf", "forum.close.targetMissing");
      }
      return "/questions/" + id;
    }
    java.util.regex.Matcher article =
        java.util.regex.Pattern.compile("^(?:/articles/)?([a-z0-9][a-z0-9-]{0,99})/?$")
            .matcher(path);
    if (article.matches()) {
      Number n =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM article WHERE slug = ?1")
                  .setParameter(1, article.group(1))
                  .getSingleResult();
      if (n.longValue() > 0) {
        return "/articles/" + article.group(1);
      }
    }
    throw new InvalidInput("duplicateOf", "forum.close.targetMissing");
  }

  private void audit(Member actor, String action, Post post, String detail) {
    em.persist(new AuditEntry(actor.username(), action, post.id(), detail, now()));
    events.fire(new ThreadChanged(post.threadId()));
  }

  private void decided(Post post, String action, Member actor) {
    if (post.authorId() == actor.id()) {
      return;
    }
    String title = post.isQuestion() ? post.title() : posts.question(post.questionId()).title();
    events.fire(
        new ModeratorDecision(
            post.threadId(), post.id(), post.authorId(), action, actor.username(), title));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
