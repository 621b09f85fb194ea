package kb.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/**
 * A visitor's "Was this helpful?" answer on one translation, with what was missing. One per visitor
 * and translation (a database constraint): voting again changes the answer.
 */
@Entity
@Table(name = "article_feedback")
@NamedQuery(
    name = "Feedback.byVisitor",
    query = "select f from Feedback f where f.translation = :translation and f.visitor = :visitor")
@NamedQuery(
    name = "Feedback.openForOwner",
    query =
        "select f from Feedback f join fetch f.translation t join fetch t.article a"
            + " where f.handled = :handled and f.comment is not null"
            + " and (a.owner = :owner or :owner is null) order by f.createdAt desc")
public class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "feedback_ids")
  @TableGenerator(
      name = "feedback_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "feedback",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "translation_id")
  private Translation translation;

  @Column(nullable = false)
  private String visitor;

  @Column(nullable = false)
  private boolean helpful;

  @Column(name = "comment_text")
  private String comment;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private boolean handled;

  protected Feedback() {}

  Feedback(Translation translation, String visitor, boolean helpful, OffsetDateTime createdAt) {
    this.translation = translation;
    this.visitor = visitor;
    this.helpful = helpful;
    this.createdAt = createdAt;
  }

  void change(boolean helpful, OffsetDateTime now) {
    this.helpful = helpful;
    this.createdAt = now;
  }

  void comment(String comment) {
    this.comment = comment;
    this.handled = false;
  }

  public void markHandled() {
    this.handled = true;
  }

  public Long id() {
    return id;
  }

  public Translation translation() {
    return translation;
  }

  public boolean helpful() {
    return helpful;
  }

  public String comment() {
    return comment;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
