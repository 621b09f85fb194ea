package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kb.accounts.Privilege;
import kb.accounts.Privileges;
import kb.accounts.Tokens;
import kb.forum.ForumEvents.AnswerPosted;
import kb.forum.ForumEvents.CommentPosted;
import kb.forum.ForumEvents.PostEdited;
import kb.forum.ForumEvents.QuestionAsked;
import kb.forum.ForumEvents.ThreadChanged;
import kb.reputation.Ledger;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.search.FollowUp;
import kb.search.SearchLog;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;

/**
 * Writing in the community: asking, answering, commenting, editing and deleting. Every post is
 * checked against the spam limits, rendered with the community sanitizer policy and kept as a
 * revision; a post with a watched word is held hidden for a moderator.
 */
@ApplicationScoped
@Transactional
public class Posting {

  @Inject Posts posts;
  @Inject Members members;
  @Inject Privileges privileges;
  @Inject Ledger ledger;
  @Inject SpamGuard spam;
  @Inject Following following;
  @Inject SearchLog searchLog;
  @Inject Suggestions suggestions;
  @Inject Clock clock;
  @Inject kb.accounts.Access access;
  @Inject ThreadActions actions;
  @Inject kb.accounts.EmailVerifications emails;
  @Inject Event<Object> events;

  /** What an asker types. */
  public record QuestionInput(String title, String markdown, List<String> tags, String locale) {}

  /**
   * Posts a question. {@code visitor} (may be null) is the asker's visitor id: their last search of
   * the visit is marked as followed by a question, for the gap report.
   */
  public Post ask(String username, QuestionInput input, String visitor) {
    return ask(username, input, visitor, null);
  }

  /** Posts a question from the client {@code address} (may be null; only its digest is kept). */
  public Post ask(String username, QuestionInput input, String visitor, String address) {
    Member author = members.require(username);
    emails.requireConfirmed(author.id());
    String title = PostRules.title(input.title());
    String body = PostRules.body(input.markdown());
    Set<String> tags = PostRules.tags(input.tags());
    String locale = PostRules.locale(input.locale());
    OffsetDateTime now = now();
    spam.check(author, title + "\n" + body, now);
    Post q = Post.question(author, title, body, render(body), locale, tags, now);
    q.cameFrom(address == null ? null : Tokens.digest(address));
    posts.persist(q);
    posts.revision(q, author.username(), now);
    holdIfWatched(q, title + "\n" + body, now);
    following.follow(author.id(), q.id());
    if (visitor != null) {
      searchLog.followUp(visitor, FollowUp.ASKED, null);
      suggestions.asked(visitor);
    }
    events.fire(new QuestionAsked(q.id(), author.id(), title));
    events.fire(new ThreadChanged(q.id()));
    return q;
  }

  /** Answers a question; {@code official} answers need the AGENT (or ADMIN) role. */
  public Post answer(String username, long questionId, String markdown, boolean official) {
    return answer(username, questionId, markdown, official, null);
  }

  /** Answers from the client {@code address} (may be null; only its digest is kept). */
  public Post answer(
      String username, long questionId, String markdown, boolean official, String address) {
    Member author = members.require(username);
    emails.requireConfirmed(author.id());
    if (official) {
      access.require(author, kb.accounts.Action.WORK_TICKETS);
    }
    String body = PostRules.body(markdown);
    Post q = posts.question(questionId);
    if (q.hidden() && !privileges.moderates(author)) {
      throw new Conflict("forum.hiddenThread");
    }
    OffsetDateTime now = now();
    spam.check(author, body, now);
    Post a = Post.answer(q, author, body, render(body), official, now);
    a.cameFrom(address == null ? null : Tokens.digest(address));
    posts.persist(a);
    posts.revision(a, author.username(), now);
    posts.addAnswers(q.id(), 1);
    posts.touch(q.id(), now);
    holdIfWatched(a, body, now);
    following.follow(author.id(), q.id());
    if (!a.hidden()) {
      events.fire(
          new AnswerPosted(
              q.id(), a.id(), author.id(), q.authorId(), author.username(), q.title(), official));
    }
    events.fire(new ThreadChanged(q.id()));
    return a;
  }

  /**
   * Comments on a post. Commenting needs the COMMENT privilege, except on one's own posts and on
   * the answers to one's own question.
   */
  public Comment comment(String username, long postId, String text) {
    Member author = members.require(username);
    emails.requireConfirmed(author.id());
    String clean = PostRules.comment(text);
    Post post = posts.find(postId);
    Post q = post.isQuestion() ? post : posts.question(post.questionId());
    boolean own = post.authorId() == author.id() || q.authorId() == author.id();
    if (!actions.mayComment(author, own)) {
      privileges.require(author, Privilege.COMMENT);
    }
    q.requireOpen();
    if (post.deleted()) {
      throw new Conflict("forum.deleted");
    }
    if ((post.hidden() || q.hidden()) && !privileges.moderates(author)) {
      throw new Conflict("forum.hiddenThread");
    }
    OffsetDateTime now = now();
    spam.check(author, clean, now);
    Comment c = new Comment(post, author, clean, now);
    posts.persist(c);
    posts.touch(q.id(), now);
    events.fire(
        new CommentPosted(
            q.id(), post.id(), post.authorId(), author.id(), author.username(), q.title()));
    return c;
  }

  /**
   * Edits a post: its author, or anyone with the EDIT_OTHERS privilege. {@code version} must be the
   * version the editor started from, so that two edits never silently overwrite each other.
   */
  public Post edit(String username, long postId, QuestionInput input, Long version) {
    Member editor = members.require(username);
    Post post = posts.find(postId);
    if (!actions.mayEdit(editor, post.authorId() == editor.id())) {
      privileges.require(editor, Privilege.EDIT_OTHERS);
    }
    posts.requireActive(post);
    String body = PostRules.body(input.markdown());
    String title = post.isQuestion() ? PostRules.title(input.title()) : null;
    Set<String> tags = post.isQuestion() ? PostRules.tags(input.tags()) : Set.of();
    // An edit is held to the same link limit as a new post: else a new member posts plain text
    // and adds the links afterwards.
    spam.checkLinks(editor, (title == null ? "" : title + "\n") + body);
    if (version == null) {
      throw new kb.shared.validation.InvalidInput("version", "forum.version.required");
    }
    if (version != post.version()) {
      throw new Conflict("forum.stale");
    }
    OffsetDateTime now = now();
    post.edit(title, body, render(body), tags, now);
    try {
      posts.flush();
    } catch (jakarta.persistence.PersistenceException e) {
      throw new Conflict("forum.stale");
    }
    posts.revision(post, editor.username(), now);
    posts.touch(post.threadId(), now);
    holdIfWatched(post, (title == null ? "" : title + "\n") + body, now);
    events.fire(new PostEdited(post.id(), editor.id(), post.authorId(), threadTitle(post)));
    events.fire(new ThreadChanged(post.threadId()));
    return post;
  }

  /**
   * Soft-deletes a post (its author, or a moderator) and takes back every reputation point it
   * earned or cost anyone.
   */
  public void delete(String username, long postId) {
    Member actor = members.require(username);
    Post post = posts.find(postId);
    boolean moderator = privileges.moderates(actor);
    if (!actions.mayDelete(actor, post.authorId() == actor.id())) {
      throw new Forbidden("forum.delete.notYours");
    }
    removeWithPoints(posts.forUpdate(postId));
    if (moderator && post.authorId() != actor.id()) {
      posts.persist(new AuditEntry(actor.username(), "DELETE", post.id(), null, now()));
    }
    events.fire(new ThreadChanged(post.threadId()));
  }

  /** Counts a view of a question and returns the total (a popular question earns a badge). */
  public int viewed(long questionId) {
    Post q = posts.question(questionId);
    int views = posts.view(questionId);
    events.fire(new ForumEvents.QuestionViewed(questionId, q.authorId(), views));
    return views;
  }

  /**
   * Soft-deletes a post and reverses every ledger row it caused; a question takes its answers with
   * it. Shared with moderation.
   */
  void removeWithPoints(Post post) {
    if (post.deleted()) {
      return;
    }
    post.delete();
    if (post.isQuestion()) {
      for (Post a : posts.answers(post.id())) {
        Post answer = posts.forUpdate(a.id());
        if (!answer.deleted()) {
          answer.delete();
          ledger.reverseAll(answer.id());
        }
      }
    } else {
      posts.addAnswers(post.questionId(), -1);
      Post q = posts.question(post.questionId());
      if (post.id().equals(q.acceptedAnswerId())) {
        q.unaccept();
      }
    }
    ledger.reverseAll(post.id());
  }

  private void holdIfWatched(Post post, String text, OffsetDateTime now) {
    Optional<String> word = spam.watchedWord(text);
    if (word.isPresent() && !post.hidden()) {
      post.hide(true);
      posts.dropSystemFlag(post.id());
      posts.persist(
          new Flag(post.id(), 0, "system", FlagReason.SPAM, "watched word: " + word.get(), now));
    }
  }

  private String threadTitle(Post post) {
    return post.isQuestion() ? post.title() : posts.question(post.questionId()).title();
  }

  static String render(String markdown) {
    return MarkdownRenderer.render(markdown, Audience.COMMUNITY).html();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
