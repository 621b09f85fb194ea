package kb.articles;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kb.shared.markdown.Heading;
import kb.shared.markdown.Rendered;
import kb.shared.validation.InvalidInput;

/**
 * One language of an article: its title, Markdown and the HTML rendered from it on save, its
 * workflow status, and the revisions that record every saved change. It remembers the hash of the
 * content file it was last imported from and whether an editor changed it in the site since, which
 * is what keeps the importer from overwriting an editor's work.
 */
@Entity
@Table(name = "article_translation")
@NamedQuery(
    name = "Translation.published",
    query =
        "select t from Translation t join fetch t.article a where t.locale = :locale"
            + " and t.status = kb.articles.Status.PUBLISHED order by t.title")
@NamedQuery(
    name = "Translation.hashes",
    query = "select t.article.slug, t.locale, t.sourceHash, t.editedInSite from Translation t")
public class Translation {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "translation_ids")
  @TableGenerator(
      name = "translation_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "translation",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private String title;

  @Lob
  @Column(nullable = false)
  private String markdown;

  @Lob
  @Column(nullable = false)
  private String html;

  @Lob
  @Column(nullable = false)
  private String toc;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "translation_tag", joinColumns = @JoinColumn(name = "translation_id"))
  @Column(name = "tag")
  private Set<String> tags = new LinkedHashSet<>();

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  /**
   * When the content last really changed: an edit in the site, or the {@code updated} date of the
   * imported file; unknown ({@code null}) for a file that gives none, since its import time is not
   * when it was written.
   */
  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "source_hash")
  private String sourceHash;

  @Column(name = "edited_in_site", nullable = false)
  private boolean editedInSite;

  @Column(nullable = false)
  private long views;

  @Column(name = "helpful_yes", nullable = false)
  private int helpfulYes;

  @Column(name = "helpful_no", nullable = false)
  private int helpfulNo;

  @OneToMany(mappedBy = "translation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Revision> revisions = new ArrayList<>();

  @Version private long version;

  protected Translation() {}

  Translation(Article article, String locale, Status status) {
    this.article = article;
    this.locale = locale;
    this.status = status;
  }

  /** An editor's save: a new revision, and the file in content/ no longer wins over it. */
  public Revision edit(Draft draft, Rendered rendered, String editor, OffsetDateTime now) {
    apply(draft, rendered, now, editor);
    editedInSite = true;
    changedAt = now;
    return addRevision(editor, "edited in the site", now);
  }

  /** The importer's write: content/ is the source, so the site copy is no longer "edited". */
  public Revision importFrom(
      Draft draft,
      Rendered rendered,
      String sourceHash,
      String path,
      OffsetDateTime changed,
      OffsetDateTime now) {
    apply(draft, rendered, now, null);
    this.changedAt = changed;
    if (status != Status.PUBLISHED) {
      moveTo(Status.PUBLISHED, now);
    }
    this.sourceHash = sourceHash;
    this.editedInSite = false;
    return addRevision(null, "imported from " + path, now);
  }

  /** Keeps the site's text but records that the file's current version has been seen. */
  public void acknowledgeSource(String sourceHash) {
    this.sourceHash = sourceHash;
  }

  public void moveTo(Status target, OffsetDateTime now) {
    if (!status.canMoveTo(target)) {
      throw new InvalidInput("status", "article.status.transition", status.name(), target.name());
    }
    if (target == Status.PUBLISHED && status != Status.PUBLISHED) {
      publishedAt = now;
    }
    status = target;
    updatedAt = now;
  }

  public Revision restore(Revision revision, Rendered rendered, String editor, OffsetDateTime now) {
    Draft draft = new Draft(revision.title(), revision.markdown(), tags);
    apply(draft, rendered, now, editor);
    editedInSite = true;
    changedAt = now;
    return addRevision(editor, "restored revision " + revision.number(), now);
  }

  private void apply(Draft draft, Rendered rendered, OffsetDateTime now, String editor) {
    this.title = draft.title();
    this.markdown = draft.markdown();
    this.html = rendered.html();
    this.toc = TocCodec.encode(rendered.headings());
    this.tags.clear();
    this.tags.addAll(draft.tags());
    this.updatedAt = now;
    this.updatedBy = editor;
  }

  private Revision addRevision(String author, String note, OffsetDateTime now) {
    Revision revision =
        new Revision(this, revisions.size() + 1, title, markdown, status, author, note, now);
    revisions.add(revision);
    return revision;
  }

  public Long id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public String locale() {
    return locale;
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

  public List<Heading> headings() {
    return TocCodec.decode(toc);
  }

  public Status status() {
    return status;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public List<String> tagList() {
    return List.copyOf(tags);
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public String sourceHash() {
    return sourceHash;
  }

  public boolean editedInSite() {
    return editedInSite;
  }

  public long views() {
    return views;
  }

  public int helpfulYes() {
    return helpfulYes;
  }

  public int helpfulNo() {
    return helpfulNo;
  }

  public List<Revision> revisions() {
    return List.copyOf(revisions);
  }

  public long version() {
    return version;
  }
}
