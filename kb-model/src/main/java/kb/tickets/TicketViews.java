package kb.tickets;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** Read-only shapes of tickets for pages and the API (DESIGN §5's fields). */
public final class TicketViews {

  private TicketViews() {}

  /** Which tickets an agent's queue shows. */
  public enum Queue {
    ALL_OPEN,
    MINE,
    UNASSIGNED,
    BREACHING
  }

  public record Row(
      String number,
      String subject,
      String requester,
      String status,
      String priority,
      String assignee,
      Long questionId,
      List<String> tags,
      OffsetDateTime createdAt,
      OffsetDateTime firstResponseDueAt,
      OffsetDateTime resolutionDueAt,
      boolean breached,
      boolean breachingSoon)
      implements Serializable {}

  public record Message(
      long id,
      String author,
      boolean staff,
      boolean visible,
      String html,
      Long answerId,
      OffsetDateTime createdAt)
      implements Serializable {}

  public record Search(String query, int hits, boolean clicked, OffsetDateTime at)
      implements Serializable {}

  public record Detail(
      String number,
      String status,
      String priority,
      String subject,
      String requester,
      String assignee,
      Long questionId,
      List<String> tags,
      String source,
      String mergedInto,
      OffsetDateTime createdAt,
      OffsetDateTime firstResponseDueAt,
      OffsetDateTime resolutionDueAt,
      OffsetDateTime firstResponseAt,
      long version,
      List<Search> searches,
      List<Message> messages)
      implements Serializable {}

  /** What a thread shows about its ticket: "Escalated to support — KB-1042, Open". */
  public record Banner(String number, String status) implements Serializable {}
}
