package kb.gaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One failed query text (normalized) and the gap it was assigned to, once and for good: the next
 * search with the same text goes straight to that gap, without clustering again.
 */
@Entity
@Table(name = "gap_query")
class GapQuery {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "gap_query_ids")
  @TableGenerator(
      name = "gap_query_ids",
      table = "id_block",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "gap_query",
      allocationSize = 50)
  private Long id;

  @Column(name = "gap_id", nullable = false)
  private long gapId;

  @Column(nullable = false)
  private String locale;

  @Column(nullable = false)
  private String normalized;

  @Column(nullable = false)
  private String sample;

  /** The query's analyzed terms, as clustering saw them, separated by {@link #SEPARATOR}. */
  @Column(nullable = false)
  private String terms;

  @Column(nullable = false)
  private long searches;

  static final String SEPARATOR = "|";

  protected GapQuery() {}

  GapQuery(long gapId, String locale, String normalized, String sample, Set<String> terms) {
    this.gapId = gapId;
    this.locale = locale;
    this.normalized = normalized;
    this.sample = sample;
    String joined = String.join(SEPARATOR, terms);
    this.terms = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
  }

  long gapId() {
    return gapId;
  }

  String normalized() {
    return normalized;
  }

  Set<String> terms() {
    return terms.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(terms.split("\\|")));
  }

  void counted(long n, String latestText) {
    this.searches += n;
    this.sample = latestText;
  }
}
