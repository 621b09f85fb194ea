package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.accounts.Privilege;
import kb.accounts.Privileges;

/**
 * What an actor may do with a thread and each of its posts. {@link Posting}, {@link Voting} and
 * {@link Moderation} decide with these same rules before they act; {@link Threads} puts their
 * result in the read model ({@code actions}), so a page or an API client offers exactly what the
 * server will accept and never re-implements a rule.
 */
@ApplicationScoped
public class ThreadActions {

  /** Thread actions. */
  public static final String ANSWER = "ANSWER";

  public static final String FOLLOW = "FOLLOW";
  public static final String CLOSE = "CLOSE";
  public static final String REOPEN = "REOPEN";
  public static final String LOCK = "LOCK";
  public static final String UNLOCK = "UNLOCK";
  public static final String WRITE_DRAFT = "WRITE_DRAFT";
  public static final String POST_OFFICIAL = "POST_OFFICIAL";

  /** Post actions. */
  public static final String VOTE_UP = "VOTE_UP";

  public static final String VOTE_DOWN = "VOTE_DOWN";
  public static final String COMMENT = "COMMENT";
  public static final String EDIT = "EDIT";
  public static final String FLAG = "FLAG";
  public static final String DELETE = "DELETE";
  public static final String ACCEPT = "ACCEPT";
  public static final String UNACCEPT = "UNACCEPT";

  @Inject Privileges privileges;
  @Inject Access access;

  public ThreadActions() {}

  ThreadActions(Privileges privileges, Access access) {
    this.privileges = privileges;
    this.access = access;
  }

  /** With the default thresholds, for tests and tools. */
  public static ThreadActions defaults() {
    return new ThreadActions(Privileges.defaults(), Access.defaults());
  }

  /**
   * Votes count from others only, up and down each behind its privilege; an asker may always mark
   * an answer to their own question unhelpful ({@code askerOnAnswer}).
   */
  public boolean mayVote(Actor a, boolean own, boolean askerOnAnswer, int value) {
    if (own || !a.signedIn()) {
      return false;
    }
    return value > 0
        ? privileges.holds(a, Privilege.VOTE_UP)
        : askerOnAnswer || privileges.holds(a, Privilege.VOTE_DOWN);
  }

  /** Comments: on one's own post or thread always, elsewhere with the COMMENT privilege. */
  public boolean mayComment(Actor a, boolean ownPostOrThread) {
    return a.signedIn() && (ownPostOrThread || privileges.holds(a, Privilege.COMMENT));
  }

  public boolean mayEdit(Actor a, boolean own) {
    return a.signedIn() && (own || privileges.holds(a, Privilege.EDIT_OTHERS));
  }

  public boolean mayFlag(Actor a, boolean own) {
    return !own && privileges.holds(a, Privilege.FLAG);
  }

  public boolean mayDelete(Actor a, boolean own) {
    return a.signedIn() && (own || privileges.moderates(a));
  }

  /** Only the asker marks the answer that solved their question. */
  public boolean mayAccept(Actor a, boolean asker) {
    return a.signedIn() && asker;
  }

  /** What {@code a} may do with the thread of question {@code q}. */
  public Set<String> thread(Actor a, Post q) {
    Set<String> out = new TreeSet<>();
    if (!a.signedIn() || q.deleted()) {
      return out;
    }
    out.add(FOLLOW);
    if (open(q)) {
      out.add(ANSWER);
    }
    if (privileges.holds(a, Privilege.CLOSE)) {
      out.add(q.closedReason() == null ? CLOSE : REOPEN);
    }
    if (privileges.moderates(a)) {
      out.add(q.locked() ? UNLOCK : LOCK);
    }
    if (q.acceptedAnswerId() != null && access.may(a, Action.WRITE_DRAFTS)) {
      out.add(WRITE_DRAFT);
    }
    if (open(q) && access.may(a, Action.WORK_TICKETS)) {
      out.add(POST_OFFICIAL);
    }
    return out;
  }

  /** What {@code a} may do with post {@code p} of the thread of question {@code q}. */
  public Set<String> post(Actor a, Post q, Post p) {
    Set<String> out = new TreeSet<>();
    if (!a.signedIn() || p.deleted()) {
      return out;
    }
    boolean own = p.authorId() == a.id();
    boolean asker = q.authorId() == a.id();
    boolean askerOnAnswer = asker && !p.isQuestion();
    if (mayVote(a, own, askerOnAnswer, 1)) {
      out.add(VOTE_UP);
    }
    if (mayVote(a, own, askerOnAnswer, -1)) {
      out.add(VOTE_DOWN);
    }
    if (open(q) && mayComment(a, own || asker)) {
      out.add(COMMENT);
    }
    if (mayEdit(a, own)) {
      out.add(EDIT);
    }
    if (mayFlag(a, own)) {
      out.add(FLAG);
    }
    if (mayDelete(a, own)) {
      out.add(DELETE);
    }
    if (!p.isQuestion() && mayAccept(a, asker) && !p.hidden()) {
      boolean accepted = java.util.Objects.equals(p.id(), q.acceptedAnswerId());
      if (!accepted && open(q)) {
        out.add(ACCEPT);
      }
      if (accepted) {
        out.add(UNACCEPT);
      }
    }
    return out;
  }

  private static boolean open(Post q) {
    return !q.deleted() && q.closedReason() == null && !q.locked();
  }
}
