package kb.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/** A member's one vote on a post: +1 or -1; changing it rewrites the value. */
@Entity
@Table(name = "post_vote")
public class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "post_vote_ids")
  @TableGenerator(
      name = "post_vote_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "post_vote",
      allocationSize = 50)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "voter_id", nullable = false)
  private long voterId;

  @Column(name = "direction", nullable = false)
  private short value;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Vote() {}

  Vote(long postId, long voterId, int value, OffsetDateTime at) {
    this.postId = postId;
    this.voterId = voterId;
    this.value = (short) value;
    this.createdAt = at;
  }

  void change(int value, OffsetDateTime at) {
    this.value = (short) value;
    this.createdAt = at;
  }

  public long postId() {
    return postId;
  }

  public long voterId() {
    return voterId;
  }

  public int value() {
    return value;
  }
}
