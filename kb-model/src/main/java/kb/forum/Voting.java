package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.forum.ForumEvents.AnswerAccepted;
import kb.forum.ForumEvents.ThreadChanged;
import kb.forum.ForumEvents.VoteCast;
import kb.reputation.Ledger;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.reputation.ReputationEvent;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * Votes and acceptance, and the reputation they move. A member votes once per post (changing or
 * withdrawing it reverses the earlier points), never on their own post, and needs the privilege for
 * the direction. The ledger rows and the score change commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class Voting {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Posts posts;
  @Inject Members members;
  @Inject Privileges privileges;
  @Inject Ledger ledger;
  @Inject Clock clock;
  @Inject Event<Object> events;
  @Inject ThreadActions actions;

  /**
   * Sets the member's vote on a post to {@code value}: 1 up, -1 down, 0 to withdraw. Returns the
   * post's new score.
   */
  public int vote(String username, long postId, int value) {
    if (value < -1 || value > 1) {
      throw new InvalidInput("value", "forum.vote.value");
    }
    Member voter = members.require(username);
    Post post = posts.find(postId);
    if (post.authorId() == voter.id()) {
      throw new Forbidden("forum.vote.own");
    }
    // the post row first, then the members' rows: the order every writer takes
    post = posts.forUpdate(postId);
    posts.requireActive(post);
    if (post.hidden() && !privileges.moderates(voter)) {
      throw new NotFound("forum.notFound"); // hidden until reviewed: as if it were not there
    }
    if (posts.threadOf(post).hidden() && !privileges.moderates(voter)) {
      throw new Conflict("forum.hiddenThread");
    }
    if (value != 0 && !actions.mayVote(voter, false, marksUnhelpful(voter, post), value)) {
      privileges.require(voter, value == 1 ? Privilege.VOTE_UP : Privilege.VOTE_DOWN);
    }
    ledger.lockAll(voter.id(), post.authorId());
    List<Vote> existing =
        em.createQuery(
                "select v from Vote v where v.postId = :post and v.voterId = :voter", Vote.class)
            .setParameter("post", postId)
            .setParameter("voter", voter.id())
            .getResultList();
    int previous = existing.isEmpty() ? 0 : existing.get(0).value();
    if (previous == value) {
      return posts.score(postId);
    }
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    takeBack(post, voter.id(), previous);
    give(post, voter.id(), value);
    if (existing.isEmpty()) {
      em.persist(new Vote(postId, voter.id(), value, now));
    } else if (value == 0) {
      em.remove(existing.get(0));
    } else {
      existing.get(0).change(value, now);
    }
    posts.addScore(postId, value - previous);
    em.flush();
    events.fire(new VoteCast(postId, post.kind(), post.authorId(), voter.id(), value));
    events.fire(new ThreadChanged(post.threadId()));
    return posts.score(postId);
  }

  /** A new account, as far as accepting answers from its own address goes. */
  static final Duration NEW_ACCOUNT = Duration.ofDays(7);

  /** How long such an answer waits before a new account may accept it. */
  static final Duration SAME_ADDRESS_WAIT = Duration.ofMinutes(30);

  /**
   * Whether accepting {@code answer} looks like one person farming points with a second account:
   * the asker's account is new, the answer is fresh, and it was written from the address the
   * question or this acceptance came from ({@code acceptDigest}). Posts from this machine carry no
   * address.
   */
  static boolean sameAddressTooSoon(
      Member asker, Post q, Post answer, String acceptDigest, OffsetDateTime now) {
    String from = answer.authorAddress();
    if (from == null || answer.authorId() == asker.id()) {
      return false;
    }
    boolean same = from.equals(q.authorAddress()) || from.equals(acceptDigest);
    boolean young = asker.joinedAt() != null && asker.joinedAt().isAfter(now.minus(NEW_ACCOUNT));
    boolean fresh = answer.createdAt().isAfter(now.minus(SAME_ADDRESS_WAIT));
    return same && young && fresh;
  }

  /** The asker marks an answer as the one that solved the question; the mark may move. */
  public void accept(String username, long questionId, long answerId) {
    accept(username, questionId, answerId, null);
  }

  /**
   * As {@link #accept(String, long, long)}, from the client {@code address} (null from this
   * machine): a new account may not accept, within half an hour, an answer written from the address
   * of its question or of this acceptance.
   */
  public void accept(String username, long questionId, long answerId, String address) {
    Member asker = members.require(username);
    Post q = posts.questionForUpdate(questionId);
    if (!actions.mayAccept(asker, q.authorId() == asker.id())) {
      throw new Forbidden("forum.accept.askerOnly");
    }
    Post answer = posts.find(answerId);
    if (answer.deleted() || answer.hidden()) {
      throw new NotFound("forum.notFound");
    }
    OffsetDateTime at = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    if (sameAddressTooSoon(
        asker, q, answer, address == null ? null : kb.accounts.Tokens.digest(address), at)) {
      throw new Conflict("forum.accept.sameAddress");
    }
    Long previous = q.acceptedAnswerId();
    if (previous != null && previous == answerId) {
      return;
    }
    q.accept(answer);
    if (previous != null) {
      withdrawAcceptance(q, posts.find(previous));
    }
    if (answer.authorId() != asker.id()) {
      ledger.lockAll(asker.id(), answer.authorId());
      ledger.award(answer.authorId(), ReputationEvent.ANSWER_ACCEPTED, answerId, asker.id());
      ledger.award(asker.id(), ReputationEvent.ACCEPTED_ANSWER, answerId, answer.authorId());
    }
    posts.touch(q.id(), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
    events.fire(new AnswerAccepted(q.id(), answerId, asker.id(), answer.authorId(), q.title()));
    events.fire(new ThreadChanged(q.id()));
  }

  /** The asker takes the acceptance back; the points it gave are reversed. */
  public void unaccept(String username, long questionId) {
    Member asker = members.require(username);
    Post q = posts.questionForUpdate(questionId);
    if (!actions.mayAccept(asker, q.authorId() == asker.id())) {
      throw new Forbidden("forum.accept.askerOnly");
    }
    if (q.acceptedAnswerId() == null) {
      return;
    }
    Post previous = posts.find(q.acceptedAnswerId());
    q.unaccept();
    withdrawAcceptance(q, previous);
    events.fire(new ThreadChanged(q.id()));
  }

  /** The member's votes on the given posts, by post id, for showing their own choices. */
  public java.util.Map<Long, Integer> votesOf(long voterId, List<Long> postIds) {
    if (postIds.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<Long, Integer> out = new java.util.HashMap<>();
    em.createQuery(
            "select v from Vote v where v.voterId = :voter and v.postId in :posts", Vote.class)
        .setParameter("voter", voterId)
        .setParameter("posts", postIds)
        .getResultList()
        .forEach(v -> out.put(v.postId(), v.value()));
    return out;
  }

  private void withdrawAcceptance(Post q, Post answer) {
    if (answer.authorId() == q.authorId()) {
      return;
    }
    ledger.lockAll(q.authorId(), answer.authorId());
    ledger.reverse(answer.authorId(), ReputationEvent.ANSWER_ACCEPTED, answer.id(), q.authorId());
    ledger.reverse(q.authorId(), ReputationEvent.ACCEPTED_ANSWER, answer.id(), answer.authorId());
  }

  private void give(Post post, long voterId, int value) {
    if (value == 1) {
      ledger.award(post.authorId(), upvoted(post), post.id(), voterId);
    } else if (value == -1) {
      ledger.award(post.authorId(), ReputationEvent.POST_DOWNVOTED, post.id(), voterId);
      if (!post.isQuestion()) {
        ledger.award(voterId, ReputationEvent.DOWNVOTED_ANSWER, post.id(), post.authorId());
      }
    }
  }

  private void takeBack(Post post, long voterId, int previous) {
    if (previous == 1) {
      ledger.reverse(post.authorId(), upvoted(post), post.id(), voterId);
    } else if (previous == -1) {
      ledger.reverse(post.authorId(), ReputationEvent.POST_DOWNVOTED, post.id(), voterId);
      if (!post.isQuestion()) {
        ledger.reverse(voterId, ReputationEvent.DOWNVOTED_ANSWER, post.id(), post.authorId());
      }
    }
  }

  /**
   * The asker voting down an answer to their own question says "this did not help me" — the signal
   * the NOT_HELPFUL escalation rule waits for — so it needs no reputation.
   */
  private boolean marksUnhelpful(Member voter, Post post) {
    return !post.isQuestion() && posts.threadOf(post).authorId() == voter.id();
  }

  private static ReputationEvent upvoted(Post post) {
    return post.isQuestion() ? ReputationEvent.QUESTION_UPVOTED : ReputationEvent.ANSWER_UPVOTED;
  }
}
