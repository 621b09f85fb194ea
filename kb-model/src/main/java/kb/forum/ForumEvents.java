package kb.forum;

/**
 * What happens in the community, fired inside the transaction and observed {@code AFTER_SUCCESS} by
 * reputation badges, notifications and the search index, so a failed action leaves none of them
 * behind. Ledger points are written inside the transaction instead, where they must balance.
 */
public final class ForumEvents {

  private ForumEvents() {}

  /** A thread's searchable text or visibility changed: re-index it. */
  public record ThreadChanged(long questionId) {}

  public record QuestionAsked(long questionId, long authorId, String title) {}

  public record AnswerPosted(
      long questionId,
      long answerId,
      long authorId,
      long askerId,
      String author,
      String title,
      boolean official) {}

  public record CommentPosted(
      long questionId,
      long postId,
      long postAuthorId,
      long authorId,
      String author,
      String title) {}

  public record VoteCast(long postId, PostKind kind, long authorId, long voterId, int value) {}

  public record AnswerAccepted(
      long questionId, long answerId, long askerId, long answererId, String title) {}

  public record PostEdited(long postId, long editorId, long authorId, String title) {}

  public record PostFlagged(long postId, long flaggerId) {}

  public record QuestionViewed(long questionId, long authorId, int views) {}

  /** A moderator acted on a post; the author hears about it. */
  public record ModeratorDecision(
      long questionId, long postId, long authorId, String action, String moderator, String title) {}
}
