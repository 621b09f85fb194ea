package kb.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/**
 * One message on a ticket: a public reply the requester sees, or an internal note only staff see.
 * {@code answerId} is the thread answer a public reply was also posted as.
 */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_message_ids")
  @TableGenerator(
      name = "ticket_message_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ticket_message",
      allocationSize = 50)
  private Long id;

  @Column(name = "ticket_id", nullable = false)
  private long ticketId;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private boolean staff;

  @Column(name = "public_msg", nullable = false)
  private boolean visible;

  @Column(nullable = false)
  private String markdown;

  @Column(nullable = false)
  private String html;

  @Column(name = "answer_id")
  private Long answerId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected TicketMessage() {}

  TicketMessage(
      long ticketId,
      String author,
      boolean staff,
      boolean visible,
      String markdown,
      String html,
      OffsetDateTime at) {
    this.ticketId = ticketId;
    this.author = author;
    this.staff = staff;
    this.visible = visible;
    this.markdown = markdown;
    this.html = html;
    this.createdAt = at;
  }

  void postedAs(long answerId) {
    this.answerId = answerId;
  }

  public Long id() {
    return id;
  }

  public long ticketId() {
    return ticketId;
  }

  public String author() {
    return author;
  }

  public boolean staff() {
    return staff;
  }

  public boolean visible() {
    return visible;
  }

  public String markdown() {
    return markdown;
  }

  public String html() {
    return html;
  }

  public Long answerId() {
    return answerId;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
