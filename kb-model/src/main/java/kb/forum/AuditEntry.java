package kb.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/** One moderator action, kept for the audit log: who did what to which post, and why. */
@Entity
@Table(name = "mod_audit")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mod_audit_ids")
  @TableGenerator(
      name = "mod_audit_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "mod_audit",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String moderator;

  @Column(nullable = false)
  private String action;

  @Column(name = "post_id")
  private Long postId;

  private String detail;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected AuditEntry() {}

  AuditEntry(String moderator, String action, Long postId, String detail, OffsetDateTime at) {
    this.moderator = moderator;
    this.action = action;
    this.postId = postId;
    this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public String moderator() {
    return moderator;
  }

  public String action() {
    return action;
  }

  public Long postId() {
    return postId;
  }

  public String detail() {
    return detail;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
