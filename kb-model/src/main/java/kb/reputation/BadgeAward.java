package kb.reputation;

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

/**
 * A badge a member earned. {@code sourceId} is the post a repeatable badge was earned for, or 0;
 * the unique key (account, badge, source) makes each award happen once even when two nodes judge
 * the same event.
 */
@Entity
@Table(name = "badge_award")
public class BadgeAward {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "badge_award_ids")
  @TableGenerator(
      name = "badge_award_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "badge_award",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Badge badge;

  @Column(name = "source_id", nullable = false)
  private long sourceId;

  @Column(name = "awarded_at", nullable = false)
  private OffsetDateTime awardedAt;

  protected BadgeAward() {}

  BadgeAward(long accountId, Badge badge, long sourceId, OffsetDateTime at) {
    this.accountId = accountId;
    this.badge = badge;
    this.sourceId = badge.repeats() ? sourceId : 0;
    this.awardedAt = at;
  }

  public long accountId() {
    return accountId;
  }

  public Badge badge() {
    return badge;
  }

  public long sourceId() {
    return sourceId;
  }

  public OffsetDateTime awardedAt() {
    return awardedAt;
  }
}
