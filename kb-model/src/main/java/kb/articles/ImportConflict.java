package kb.articles;

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
import java.time.OffsetDateTime;

/**
 * Something the importer could not do, reported to editors: a file that changed while its article
 * was edited in the site, or a file it could not read. Open until an editor decides.
 */
@Entity
@Table(name = "import_conflict")
@NamedQuery(
    name = "ImportConflict.open",
    query =
        "select c from ImportConflict c where c.resolved = :resolved order by c.detectedAt desc")
public class ImportConflict {

  /** Why the file was not imported. */
  public enum Kind {
    EDITED_IN_SITE,
    BROKEN_FILE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "conflict_ids")
  @TableGenerator(
      name = "conflict_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "conflict",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String path;

  private String slug;
  private String locale;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String detail;

  @Column(name = "file_hash")
  private String fileHash;

  @Column(name = "detected_at", nullable = false)
  private OffsetDateTime detectedAt;

  @Column(nullable = false)
  private boolean resolved;

  protected ImportConflict() {}

  public ImportConflict(
      String path,
      String slug,
      String locale,
      Kind kind,
      String detail,
      String fileHash,
      OffsetDateTime now) {
    this.path = path;
    this.slug = slug;
    this.locale = locale;
    this.kind = kind;
    this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    this.fileHash = fileHash;
    this.detectedAt = now;
  }

  public void resolve() {
    resolved = true;
  }

  public Long id() {
    return id;
  }

  public String path() {
    return path;
  }

  public String slug() {
    return slug;
  }

  public String locale() {
    return locale;
  }

  public Kind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }

  public String fileHash() {
    return fileHash;
  }

  public OffsetDateTime detectedAt() {
    return detectedAt;
  }

  public boolean resolved() {
    return resolved;
  }
}
