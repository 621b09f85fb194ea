package kb.gaps;

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
import kb.shared.validation.InvalidInput;

/**
 * Failed searches in one language that mean the same thing, and what editors decided about them.
 * The counters are kept by the aggregation with bulk updates, which leave the version alone: only
 * an editor's decision makes another editor's open decision stale.
 */
@Entity
@Table(name = "gap")
public class Gap {

  static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "gap_ids")
  @TableGenerator(
      name = "gap_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "gap",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GapStatus status;

  private String assignee;

  @Column(name = "article_slug")
  private String articleSlug;

  /** The thread whose answer covers the gap, when the community covered it. */
  @Column(name = "thread_id")
  private Long threadId;

  @Enumerated(EnumType.STRING)
  @Column(name = "covered_by")
  private CoveredBy coveredBy;

  private String reason;

  @Column(nullable = false)
  private boolean verified;

  private String note;

  @Column(nullable = false)
  private long searches;

  /** Failed searches since the gap was covered: enough of them re-open it. */
  @Column(name = "failed_since", nullable = false)
  private long failedSince;

  @Column(name = "first_seen", nullable = false)
  private OffsetDateTime firstSeen;

  @Column(name = "last_seen", nullable = false)
  private OffsetDateTime lastSeen;

  @Column(name = "status_at", nullable = false)
  private OffsetDateTime statusAt;

  @Version private long version;

  protected Gap() {}

  Gap(String locale, String label, OffsetDateTime seen) {
    this.locale = locale;
    this.label = label;
    this.status = GapStatus.OPEN;
    this.firstSeen = seen;
    this.lastSeen = seen;
    this.statusAt = seen;
  }

  /** An editor takes the gap on, optionally with the article they are writing. */
  void plan(String editor, String slug, OffsetDateTime at) {
    move(GapStatus.PLANNED, at);
    this.assignee = editor;
    if (slug != null) {
      this.articleSlug = slug;
    }
  }

  /**
   * An article answers the gap; {@code verified} when its searches now find it, {@code by} an
   * editor's link or the check run on publishing.
   */
  void cover(String slug, boolean verified, String note, CoveredBy by, OffsetDateTime at) {
    move(GapStatus.COVERED, at);
    this.articleSlug = slug;
    this.verified = verified;
    this.note = note;
    this.coveredBy = by;
  }

  /** A thread's accepted or official answer answers the gap: its searches now find the thread. */
  void coverByThread(long thread, String note, OffsetDateTime at) {
    move(GapStatus.COVERED, at);
    this.threadId = thread;
    this.verified = true;
    this.note = note;
    this.coveredBy = CoveredBy.COMMUNITY;
  }

  void dismiss(String why, OffsetDateTime at) {
    if (why == null || why.isBlank()) {
      throw new InvalidInput("reason", "gap.reason.required");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidInput("reason", "gap.reason.tooLong", MAX_REASON);
    }
    move(GapStatus.DISMISSED, at);
    this.reason = why.strip();
  }

  /** Back to open, with why (the article did not help, or an editor re-opened it). */
  void reopen(String note, OffsetDateTime at) {
    move(GapStatus.OPEN, at);
    this.verified = false;
    this.note = note;
  }

  private void move(GapStatus to, OffsetDateTime at) {
    this.status = to;
    this.statusAt = at;
    this.failedSince = 0;
    this.verified = false;
    this.note = null;
    this.reason = null;
    this.coveredBy = null;
    this.threadId = null;
  }

  public Long id() {
    return id;
  }

  public String locale() {
    return locale;
  }

  public String label() {
    return label;
  }

  public GapStatus status() {
    return status;
  }

  public String assignee() {
    return assignee;
  }

  public String articleSlug() {
    return articleSlug;
  }

  public Long threadId() {
    return threadId;
  }

  public CoveredBy coveredBy() {
    return coveredBy;
  }

  public String reason() {
    return reason;
  }

  public boolean verified() {
    return verified;
  }

  public String note() {
    return note;
  }

  public long searches() {
    return searches;
  }

  public OffsetDateTime firstSeen() {
    return firstSeen;
  }

  public OffsetDateTime lastSeen() {
    return lastSeen;
  }

  public long version() {
    return version;
  }
}
