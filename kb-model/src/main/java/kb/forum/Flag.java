package kb.forum;

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

/** One member's flag on a post, until a moderator reviews it. The system flags watched words. */
@Entity
@Table(name = "post_flag")
public class Flag {

  public static final int MAX_DETAIL = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "post_flag_ids")
  @TableGenerator(
      name = "post_flag_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "post_flag",
      allocationSize = 50)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "flagger_id", nullable = false)
  private long flaggerId;

  @Column(nullable = false)
  private String flagger;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FlagReason reason;

  private String detail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FlagStatus status;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Flag() {}

  Flag(
      long postId,
      long flaggerId,
      String flagger,
      FlagReason reason,
      String detail,
      OffsetDateTime at) {
    this.postId = postId;
    this.flaggerId = flaggerId;
    this.flagger = flagger;
    this.reason = reason;
    this.detail = detail;
    this.status = FlagStatus.PENDING;
    this.createdAt = at;
  }

  void review(FlagStatus outcome, String moderator) {
    this.status = outcome;
    this.reviewedBy = moderator;
  }

  public Long id() {
    return id;
  }

  public long postId() {
    return postId;
  }

  public long flaggerId() {
    return flaggerId;
  }

  public String flagger() {
    return flagger;
  }

  public FlagReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  public FlagStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
