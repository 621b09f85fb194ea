package kb.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/** One saved state of a post: who wrote it and what it said, numbered from 1 per post. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "post_revision_ids")
  @TableGenerator(
      name = "post_revision_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "post_revision",
      allocationSize = 50)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "rev_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String editor;

  private String title;

  @Column(nullable = false)
  private String markdown;

  @Column(nullable = false)
  private String tags;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected PostRevision() {}

  PostRevision(Post post, int number, String editor, OffsetDateTime at) {
    this.postId = post.id();
    this.number = number;
    this.editor = editor;
    this.title = post.title();
    this.markdown = post.markdown();
    this.tags = String.join(" ", post.tags());
    this.createdAt = at;
  }

  public long postId() {
    return postId;
  }

  public int number() {
    return number;
  }

  public String editor() {
    return editor;
  }

  public String title() {
    return title;
  }

  public String markdown() {
    return markdown;
  }

  public String tags() {
    return tags;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
