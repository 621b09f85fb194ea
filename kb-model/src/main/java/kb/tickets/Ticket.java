package kb.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;

/**
 * A customer's request to a person, usually escalated from a community thread, with the SLA targets
 * it was given when it was opened.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
  @TableGenerator(
      name = "ticket_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ticket",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long number;

  @Column(name = "requester_id", nullable = false)
  private long requesterId;

  @Column(nullable = false)
  private String requester;

  @Column(name = "question_id")
  private Long questionId;

  @Column(nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TicketStatus status;

  private String assignee;

  @Column(nullable = false)
  private String tags = "";

  @Column(nullable = false)
  private String source;

  private String reason;

  @Column(name = "merged_into")
  private Long mergedInto;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "first_response_due", nullable = false)
  private OffsetDateTime firstResponseDue;

  @Column(name = "resolution_due", nullable = false)
  private OffsetDateTime resolutionDue;

  @Column(name = "first_response_at")
  private OffsetDateTime firstResponseAt;

  @Column(name = "solved_at")
  private OffsetDateTime solvedAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Ticket() {}

  Ticket(
      long number,
      long requesterId,
      String requester,
      Long questionId,
      String subject,
      Priority priority,
      String source,
      String reason,
      OffsetDateTime at,
      OffsetDateTime firstResponseDue,
      OffsetDateTime resolutionDue) {
    this.number = number;
    this.requesterId = requesterId;
    this.requester = requester;
    this.questionId = questionId;
    this.subject = subject.length() <= 200 ? subject : subject.substring(0, 200);
    this.priority = priority;
    this.status = TicketStatus.NEW;
    this.source = source;
    this.reason = reason;
    this.createdAt = at;
    this.updatedAt = at;
    this.firstResponseDue = firstResponseDue;
    this.resolutionDue = resolutionDue;
  }

  /** An agent's public reply: the first one meets the first-response target. */
  void answeredBySupport(OffsetDateTime at) {
    if (firstResponseAt == null) {
      firstResponseAt = at;
    }
    if (status == TicketStatus.NEW) {
      status = TicketStatus.OPEN;
    }
    updatedAt = at;
  }

  /** The requester wrote: a pending or solved ticket is open again. */
  void answeredByRequester(OffsetDateTime at) {
    if (status == TicketStatus.CLOSED) {
      throw new Conflict("ticket.closed");
    }
    if (status == TicketStatus.PENDING || status == TicketStatus.SOLVED) {
      status = TicketStatus.OPEN;
      solvedAt = null;
    }
    updatedAt = at;
  }

  void moveTo(TicketStatus target, OffsetDateTime at) {
    if (target == null) {
      throw new InvalidInput("status", "ticket.status.unknown");
    }
    if (status == TicketStatus.CLOSED && target != TicketStatus.CLOSED) {
      throw new Conflict("ticket.closed");
    }
    if (target == TicketStatus.NEW && status != TicketStatus.NEW) {
      throw new InvalidInput("status", "ticket.status.backToNew");
    }
    boolean keepsSolvedAt = target == TicketStatus.CLOSED && solvedAt != null;
    status = target;
    if (!keepsSolvedAt) {
      solvedAt = target == TicketStatus.SOLVED || target == TicketStatus.CLOSED ? at : null;
    }
    updatedAt = at;
  }

  /** Agents' labels for grouping and reporting, lower case, space separated in storage. */
  void tag(java.util.Set<String> labels, OffsetDateTime at) {
    this.tags = String.join(" ", labels);
    this.updatedAt = at;
  }

  public java.util.List<String> tags() {
    return tags.isBlank() ? java.util.List.of() : java.util.List.of(tags.split(" "));
  }

  void assign(String agent, OffsetDateTime at) {
    this.assignee = agent;
    this.updatedAt = at;
  }

  void mergeInto(Ticket target, OffsetDateTime at) {
    if (target.id.equals(id)) {
      throw new InvalidInput("into", "ticket.merge.self");
    }
    this.mergedInto = target.number;
    this.status = TicketStatus.CLOSED;
    this.solvedAt = at;
    this.updatedAt = at;
  }

  void prioritize(Priority priority, OffsetDateTime firstDue, OffsetDateTime resolutionDue) {
    this.priority = priority;
    if (firstResponseAt == null) {
      this.firstResponseDue = firstDue;
    }
    this.resolutionDue = resolutionDue;
  }

  public Long id() {
    return id;
  }

  public TicketNumber number() {
    return new TicketNumber(number);
  }

  public long requesterId() {
    return requesterId;
  }

  public String requester() {
    return requester;
  }

  public Long questionId() {
    return questionId;
  }

  public String subject() {
    return subject;
  }

  public Priority priority() {
    return priority;
  }

  public TicketStatus status() {
    return status;
  }

  public String assignee() {
    return assignee;
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }

  public Long mergedInto() {
    return mergedInto;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime firstResponseDue() {
    return firstResponseDue;
  }

  public OffsetDateTime resolutionDue() {
    return resolutionDue;
  }

  public OffsetDateTime firstResponseAt() {
    return firstResponseAt;
  }

  public OffsetDateTime solvedAt() {
    return solvedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
