package kb.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;

/** Words and phrases searchers use for the same thing, in one language ("refund, money back"). */
@Entity
@Table(name = "synonym_group")
public class SynonymGroup {

  public static final int MAX_TERMS = 20;
  public static final int MAX_TERM = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "synonym_ids")
  @TableGenerator(
      name = "synonym_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "synonym",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private String terms;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SynonymGroup() {}

  public SynonymGroup(String locale, List<String> terms, String editor, OffsetDateTime now) {
    this.locale = locale;
    change(terms, editor, now);
  }

  /** Replaces the terms; they are trimmed, lower-cased and de-duplicated. */
  public void change(List<String> terms, String editor, OffsetDateTime now) {
    this.terms = String.join(", ", clean(terms));
    this.updatedBy = editor;
    this.updatedAt = now;
  }

  /** Parses "refund, money back" (commas or new lines) into checked terms. */
  public static List<String> parse(String text) {
    return clean(Arrays.asList((text == null ? "" : text).split("[,\\n]")));
  }

  static List<String> clean(List<String> raw) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String t : raw) {
      String term = Text.clean(t).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
      if (term.isEmpty()) {
        continue;
      }
      if (term.length() > MAX_TERM) {
        throw new InvalidInput("terms", "synonym.term.tooLong", MAX_TERM);
      }
      out.add(term);
    }
    if (out.size() < 2) {
      throw new InvalidInput("terms", "synonym.terms.tooFew");
    }
    if (out.size() > MAX_TERMS) {
      throw new InvalidInput("terms", "synonym.terms.tooMany", MAX_TERMS);
    }
    return List.copyOf(out);
  }

  public Long id() {
    return id;
  }

  public String locale() {
    return locale;
  }

  public List<String> terms() {
    return Arrays.stream(terms.split(",")).map(String::strip).toList();
  }

  public String updatedBy() {
    return updatedBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
