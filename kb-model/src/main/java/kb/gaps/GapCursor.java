package kb.gaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * How far the aggregation has read the search log. Its one row is locked by each run, so however
 * many nodes schedule the aggregation, each search is counted once.
 */
@Entity
@Table(name = "gap_cursor")
class GapCursor {

  static final int ID = 1;

  @Id private Integer id;

  @Column(name = "read_to", nullable = false)
  private OffsetDateTime readTo;

  @Column(name = "read_to_id", nullable = false)
  private long readToId;

  @Column(nullable = false)
  private long runs;

  protected GapCursor() {}

  OffsetDateTime readTo() {
    return readTo;
  }

  long readToId() {
    return readToId;
  }

  void advance(OffsetDateTime to, long toId) {
    this.readTo = to;
    this.readToId = toId;
    this.runs++;
  }
}
