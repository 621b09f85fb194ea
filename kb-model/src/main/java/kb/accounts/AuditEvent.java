package kb.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One entry of the security audit log: when, what, who did it, to whom, from where. */
@Entity
@Table(name = "security_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "security_event_ids")
  @TableGenerator(
      name = "security_event_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "security_event",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditKind kind;

  private String actor;
  private String subject;
  private String address;
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      OffsetDateTime at,
      AuditKind kind,
      String actor,
      String subject,
      String address,
      String detail) {
    this.at = at;
    this.kind = kind;
    this.actor = cut(actor, 40);
    this.subject = cut(subject, 40);
    this.address = cut(address, 64);
    this.detail = cut(detail, 300);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** As administrators read it. */
  public record View(
      long id,
      OffsetDateTime at,
      AuditKind kind,
      String actor,
      String subject,
      String address,
      String detail)
      implements Serializable {}

  View view() {
    return new View(id, at, kind, actor, subject, address, detail);
  }
}
