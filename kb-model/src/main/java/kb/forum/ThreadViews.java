package kb.forum;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Read-only shapes of the community for pages and the API. */
public final class ThreadViews {

  private ThreadViews() {}

  /** How a list of questions is ordered. */
  public enum Sort {
    NEWEST,
    VOTES,
    UNANSWERED,
    ACTIVE
  }

  /** One row of a question list. */
  public record Summary(
      long id,
      String title,
      String author,
      String locale,
      List<String> tags,
      int score,
      int answers,
      int views,
      boolean answered,
      boolean closed,
      OffsetDateTime createdAt,
      OffsetDateTime activityAt)
      implements Serializable {

    public String url() {
      return "/questions/" + id;
    }
  }

  public record Page(List<Summary> items, long total, int page, int size) implements Serializable {}

  public record CommentView(long id, String author, String text, OffsetDateTime createdAt)
      implements Serializable {}

  /** A question or an answer as shown in a thread, with what the viewer may do with it. */
  public record PostView(
      long id,
      PostKind kind,
      String author,
      int authorReputation,
      String html,
      String markdown,
      int score,
      boolean accepted,
      boolean official,
      boolean hidden,
      boolean deleted,
      OffsetDateTime createdAt,
      OffsetDateTime editedAt,
      long version,
      List<CommentView> comments,
      Set<String> actions)
      implements Serializable {}

  /**
   * A whole thread: the question, its answers (accepted, official, then best first), and what the
   * viewer may do with it ({@link ThreadActions}).
   */
  public record Thread(
      long id,
      String title,
      String locale,
      List<String> tags,
      String status,
      CloseReason closedReason,
      String duplicateOf,
      boolean locked,
      int views,
      Long acceptedAnswerId,
      PostView question,
      List<PostView> answers,
      Set<String> actions)
      implements Serializable {

    public String url() {
      return "/questions/" + id;
    }

    public boolean closed() {
      return closedReason != null;
    }
  }

  public record TagCount(String tag, long questions) implements Serializable {}

  public record Revision(
      int number, String editor, String title, String markdown, String tags, OffsetDateTime at)
      implements Serializable {}
}
