package kb.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the reputation ledger. Rows are never changed or removed: taking points back appends a
 * row with the opposite points that names the row it reverses, so the ledger tells the whole story
 * and a member's reputation is always the plain sum of their rows.
 */
@Entity
@Table(name = "reputation_ledger")
@NamedQuery(
    name = "LedgerEntry.fromActor",
    query =
        "select count(e) from LedgerEntry e where e.accountId = :account and e.actorId = :actor"
            + " and e.points > 0 and e.reversed = false and e.createdAt > :since")
@NamedQuery(
    name = "LedgerEntry.active",
    query =
        "select e from LedgerEntry e where e.accountId = :account and e.event = :event"
            + " and e.postId = :post and e.actorId = :actor and e.reverses is null"
            + " and not exists (select r from LedgerEntry r where r.reverses = e.id)"
            + " order by e.id desc")
@NamedQuery(
    name = "LedgerEntry.activeForPost",
    query =
        "select e from LedgerEntry e where e.postId = :post and e.reverses is null"
            + " and not exists (select r from LedgerEntry r where r.reverses = e.id)")
@NamedQuery(
    name = "LedgerEntry.cappedOn",
    query =
        "select coalesce(sum(e.points), 0) from LedgerEntry e where e.accountId = :account"
            + " and e.onDay = :day and e.event in :events")
@NamedQuery(
    name = "LedgerEntry.sum",
    query = "select coalesce(sum(e.points), 0) from LedgerEntry e where e.accountId = :account")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_ids")
  @TableGenerator(
      name = "ledger_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ledger",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReputationEvent event;

  @Column(nullable = false)
  private int points;

  @Column(name = "post_id")
  private Long postId;

  @Column(name = "actor_id")
  private Long actorId;

  private Long reverses;

  @Column(nullable = false)
  private boolean reversed;

  @Column(name = "on_day", nullable = false)
  private LocalDate onDay;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  private String note;

  protected LedgerEntry() {}

  LedgerEntry(
      long accountId,
      ReputationEvent event,
      int points,
      Long postId,
      Long actorId,
      OffsetDateTime at,
      String note) {
    this.accountId = accountId;
    this.event = event;
    this.points = points;
    this.postId = postId;
    this.actorId = actorId;
    this.createdAt = at;
    this.onDay = at.toLocalDate();
    this.note = note;
  }

  /** The row that takes this one back, dated {@code at}. */
  LedgerEntry reversal(OffsetDateTime at) {
    LedgerEntry r = new LedgerEntry(accountId, event, -points, postId, actorId, at, null);
    r.reverses = id;
    r.reversed = true;
    // a reversal counts against the day of the points it takes back, so the cap stays fair
    r.onDay = onDay;
    return r;
  }

  public Long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public ReputationEvent event() {
    return event;
  }

  public int points() {
    return points;
  }

  public Long postId() {
    return postId;
  }

  public Long actorId() {
    return actorId;
  }

  public boolean reversed() {
    return reversed;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public LocalDate onDay() {
    return onDay;
  }

  public String note() {
    return note;
  }
}
