package kb.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kb.reputation.Member;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;

/**
 * A question or an answer. Both keep the Markdown source and the sanitized HTML rendered on save.
 * Counters that many people move at once (score, answers, views, activity) are changed with bulk
 * updates that leave the version alone: only an edit makes another edit stale.
 */
@Entity
@Table(name = "post")
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "post_ids")
  @TableGenerator(
      name = "post_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "post",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostKind kind;

  @Column(name = "question_id")
  private Long questionId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(nullable = false)
  private String author;

  private String title;

  @Column(nullable = false)
  private String markdown;

  @Column(nullable = false)
  private String html;

  @Column(nullable = false)
  private String locale;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  @Column(nullable = false, insertable = false, updatable = false)
  private int score;

  @Column(name = "answer_count", nullable = false, insertable = false, updatable = false)
  private int answerCount;

  @Column(name = "accepted_answer_id")
  private Long acceptedAnswerId;

  @Column(nullable = false)
  private boolean official;

  @Enumerated(EnumType.STRING)
  @Column(name = "closed_reason")
  private CloseReason closedReason;

  @Column(name = "duplicate_of")
  private String duplicateOf;

  @Column(nullable = false)
  private boolean locked;

  @Column(nullable = false)
  private boolean deleted;

  @Column(nullable = false)
  private boolean hidden;

  @Column(nullable = false, insertable = false, updatable = false)
  private int views;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Column(name = "activity_at", nullable = false, updatable = false)
  private OffsetDateTime activityAt;

  @Version private long version;

  /** The digest of the address the post came from (null for imported and seeded posts). */
  @Column(name = "author_address")
  private String authorAddress;

  protected Post() {}

  private Post(PostKind kind, Member author, String markdown, String html, OffsetDateTime at) {
    this.kind = kind;
    this.authorId = author.id();
    this.author = author.username();
    this.markdown = markdown;
    this.html = html;
    this.createdAt = at;
    this.activityAt = at;
  }

  static Post question(
      Member author,
      String title,
      String markdown,
      String html,
      String locale,
      Set<String> tags,
      OffsetDateTime at) {
    Post q = new Post(PostKind.QUESTION, author, markdown, html, at);
    q.title = title;
    q.locale = locale;
    q.tags.addAll(tags);
    return q;
  }

  static Post answer(
      Post question,
      Member author,
      String markdown,
      String html,
      boolean official,
      OffsetDateTime at) {
    question.requireOpen();
    Post a = new Post(PostKind.ANSWER, author, markdown, html, at);
    a.questionId = question.id;
    a.locale = question.locale;
    a.official = official;
    return a;
  }

  void cameFrom(String addressDigest) {
    this.authorAddress = addressDigest;
  }

  public String authorAddress() {
    return authorAddress;
  }

  /** Throws unless the thread takes new answers and comments. */
  void requireOpen() {
    if (deleted) {
      throw new Conflict("forum.deleted");
    }
    if (locked) {
      throw new Conflict("forum.locked");
    }
    if (kind == PostKind.QUESTION && closedReason != null) {
      throw new Conflict("forum.closed");
    }
  }

  void edit(String title, String markdown, String html, Set<String> tags, OffsetDateTime at) {
    if (deleted) {
      throw new Conflict("forum.deleted");
    }
    if (locked) {
      throw new Conflict("forum.locked");
    }
    if (kind == PostKind.QUESTION) {
      this.title = title;
      this.tags.clear();
      this.tags.addAll(tags);
    }
    this.markdown = markdown;
    this.html = html;
    this.editedAt = at;
  }

  /** The asker marks {@code answer} as what solved the question (again: the mark moves). */
  void accept(Post answer) {
    if (kind != PostKind.QUESTION || answer.kind != PostKind.ANSWER) {
      throw new InvalidInput("answerId", "forum.accept.notAnswer");
    }
    if (!id.equals(answer.questionId)) {
      throw new InvalidInput("answerId", "forum.accept.otherThread");
    }
    if (answer.deleted) {
      throw new Conflict("forum.deleted");
    }
    if (deleted || locked) {
      throw new Conflict(deleted ? "forum.deleted" : "forum.locked");
    }
    this.acceptedAnswerId = answer.id;
  }

  void unaccept() {
    this.acceptedAnswerId = null;
  }

  void close(CloseReason reason, String duplicateOf) {
    if (reason == null) {
      throw new InvalidInput("reason", "forum.close.reason");
    }
    if (reason == CloseReason.DUPLICATE && (duplicateOf == null || duplicateOf.isBlank())) {
      throw new InvalidInput("duplicateOf", "forum.close.duplicateOf");
    }
    this.closedReason = reason;
    this.duplicateOf = reason == CloseReason.DUPLICATE ? duplicateOf : null;
  }

  void reopen() {
    this.closedReason = null;
    this.duplicateOf = null;
  }

  void lock(boolean locked) {
    this.locked = locked;
  }

  void delete() {
    this.deleted = true;
  }

  void restore() {
    this.deleted = false;
  }

  void hide(boolean hidden) {
    this.hidden = hidden;
  }

  public boolean isQuestion() {
    return kind == PostKind.QUESTION;
  }

  public Long id() {
    return id;
  }

  public PostKind kind() {
    return kind;
  }

  /** The question of a thread: itself for a question. */
  public Long threadId() {
    return kind == PostKind.QUESTION ? id : questionId;
  }

  public Long questionId() {
    return questionId;
  }

  public long authorId() {
    return authorId;
  }

  public String author() {
    return author;
  }

  public String title() {
    return title;
  }

  public String markdown() {
    return markdown;
  }

  public String html() {
    return html;
  }

  public String locale() {
    return locale;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public int score() {
    return score;
  }

  public int answerCount() {
    return answerCount;
  }

  public Long acceptedAnswerId() {
    return acceptedAnswerId;
  }

  public boolean official() {
    return official;
  }

  public CloseReason closedReason() {
    return closedReason;
  }

  public String duplicateOf() {
    return duplicateOf;
  }

  public boolean locked() {
    return locked;
  }

  public boolean deleted() {
    return deleted;
  }

  public boolean hidden() {
    return hidden;
  }

  public int views() {
    return views;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime editedAt() {
    return editedAt;
  }

  public OffsetDateTime activityAt() {
    return activityAt;
  }

  public long version() {
    return version;
  }
}
