package kb.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/** One notice in a member's inbox: what happened, who did it, where to look; read or not. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_ids")
  @TableGenerator(
      name = "notification_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "notification",
      allocationSize = 50)
  private Long id;

  @Column(name = "recipient_id", nullable = false)
  private long recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  private String actor;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String url;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  Notification(
      long recipientId,
      NoticeKind kind,
      String actor,
      String subject,
      String url,
      OffsetDateTime at) {
    this.recipientId = recipientId;
    this.kind = kind;
    this.actor = actor;
    this.subject = subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
    this.url = url;
    this.createdAt = at;
  }

  void read(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public long recipientId() {
    return recipientId;
  }

  public NoticeKind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public String subject() {
    return subject;
  }

  public String url() {
    return url;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }
}
