package kb.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.OffsetDateTime;

/** A saved state of a translation: who saved it, when, and why (edited, imported, restored). */
@Entity
@Table(name = "article_revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "revision_ids")
  @TableGenerator(
      name = "revision_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "revision",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "translation_id")
  private Translation translation;

  @Column(name = "rev_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Lob
  @Column(nullable = false)
  private String markdown;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String author;
  private String note;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Revision() {}

  Revision(
      Translation translation,
      int number,
      String title,
      String markdown,
      Status status,
      String author,
      String note,
      OffsetDateTime createdAt) {
    this.translation = translation;
    this.number = number;
    this.title = title;
    this.markdown = markdown;
    this.status = status;
    this.author = author;
    this.note = note;
    this.createdAt = createdAt;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String markdown() {
    return markdown;
  }

  public Status status() {
    return status;
  }

  public String author() {
    return author;
  }

  public String note() {
    return note;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
