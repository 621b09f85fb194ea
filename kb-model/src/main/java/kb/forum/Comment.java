package kb.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;
import kb.reputation.Member;

/** A short plain-text remark under a question or an answer. */
@Entity
@Table(name = "post_comment")
public class Comment {

  public static final int MAX = 600;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "post_comment_ids")
  @TableGenerator(
      name = "post_comment_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "post_comment",
      allocationSize = 50)
  private Long id;

  @Column(name = "post_id", nullable = false)
  private long postId;

  @Column(name = "author_id", nullable = false)
  private long authorId;

  @Column(nullable = false)
  private String author;

  @Column(name = "body", nullable = false)
  private String text;

  @Column(nullable = false)
  private boolean deleted;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Comment() {}

  Comment(Post post, Member author, String text, OffsetDateTime at) {
    this.postId = post.id();
    this.authorId = author.id();
    this.author = author.username();
    this.text = text;
    this.createdAt = at;
  }

  void delete() {
    this.deleted = true;
  }

  public Long id() {
    return id;
  }

  public long postId() {
    return postId;
  }

  public long authorId() {
    return authorId;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public boolean deleted() {
    return deleted;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
