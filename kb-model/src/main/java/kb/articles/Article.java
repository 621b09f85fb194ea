package kb.articles;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article: a slug shared by all its translations, its category, owner and review date. The texts
 * live in {@link Translation}s, one per locale, each with its own workflow status.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.bySlug", query = "select a from Article a where a.slug = :slug")
public class Article {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "article_ids")
  @TableGenerator(
      name = "article_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "article",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private Category category;

  private String owner;

  @Column(name = "review_by")
  private LocalDate reviewBy;

  /** Place in the editors' list of articles shown as popular before readers have chosen any. */
  private Integer pinned;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Translation> translations = new ArrayList<>();

  @Version private long version;

  protected Article() {}

  public Article(Slug slug, Category category, String owner, OffsetDateTime createdAt) {
    this.slug = slug.value();
    this.category = category;
    this.owner = owner;
    this.createdAt = createdAt;
  }

  public Translation addTranslation(Translation translation) {
    if (translation(translation.locale()).isPresent()) {
      throw new IllegalArgumentException("a " + translation.locale() + " translation exists");
    }
    translations.add(translation);
    return translation;
  }

  public void classify(Category category, String owner, LocalDate reviewBy) {
    this.category = category;
    this.owner = owner;
    this.reviewBy = reviewBy;
  }

  public Optional<Translation> translation(String locale) {
    return translations.stream().filter(t -> t.locale().equals(locale)).findFirst();
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public Category category() {
    return category;
  }

  public String owner() {
    return owner;
  }

  /** Pins the article at a place of the home page's fallback list, or unpins it ({@code null}). */
  public void pin(Integer place) {
    this.pinned = place;
  }

  public Integer pinned() {
    return pinned;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public List<Translation> translations() {
    return List.copyOf(translations);
  }
}
