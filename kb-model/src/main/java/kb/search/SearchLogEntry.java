package kb.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One logged search, as {@link SearchLogWriter} wrote it. A visitor typing "refu", "refund",
 * "refund late" within a few seconds leaves one entry, the last text, not three.
 */
@Entity
@Table(name = "search_log")
public class SearchLogEntry {

  /** Assigned by {@link SearchLogWriter} from the {@code search} row of {@code id_block}. */
  @Id private Long id;

  @Column(name = "searched_at", nullable = false)
  private OffsetDateTime searchedAt;

  @Column(name = "query_text", nullable = false)
  private String queryText;

  @Column(nullable = false)
  private String normalized;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private int hits;

  @Column(name = "top_ids", nullable = false)
  private String topIds;

  @Column(name = "clicked_type")
  private String clickedType;

  @Column(name = "clicked_id")
  private String clickedId;

  @Column(name = "clicked_at")
  private OffsetDateTime clickedAt;

  @Column(nullable = false)
  private String visitor;

  private String username;

  @Column(name = "user_role", nullable = false)
  private String userRole;

  @Column(nullable = false)
  private boolean staff;

  @Column(nullable = false)
  private boolean bot;

  @Column(nullable = false)
  private String channel;

  @Column(name = "follow_up")
  private String followUp;

  protected SearchLogEntry() {}

  void click(String type, String id, OffsetDateTime at) {
    this.clickedType = type;
    this.clickedId = id.length() > 200 ? id.substring(0, 200) : id;
    this.clickedAt = at;
  }

  /** Notes what the visitor did next that shows the search did not help; the strongest stays. */
  void followUp(FollowUp kind) {
    FollowUp current = followUp == null ? null : FollowUp.valueOf(followUp);
    if (current == null || kind.ordinal() > current.ordinal()) {
      this.followUp = kind.name();
    }
  }

  public FollowUp followUp() {
    return followUp == null ? null : FollowUp.valueOf(followUp);
  }

  public String locale() {
    return locale;
  }

  public String username() {
    return username;
  }

  public Long id() {
    return id;
  }

  public String queryText() {
    return queryText;
  }

  public String normalized() {
    return normalized;
  }

  public int hits() {
    return hits;
  }

  public String visitor() {
    return visitor;
  }

  public OffsetDateTime searchedAt() {
    return searchedAt;
  }

  public String clickedId() {
    return clickedId;
  }

  public boolean staff() {
    return staff;
  }

  public boolean bot() {
    return bot;
  }
}
