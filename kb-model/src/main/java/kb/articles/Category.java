package kb.articles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** A help-center section such as "Shipping", named in each language (content/categories.yml). */
@Entity
@Table(name = "category")
@NamedQuery(name = "Category.all", query = "select c from Category c order by c.sortOrder, c.id")
public class Category {

  @Id private String id;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "category_name", joinColumns = @JoinColumn(name = "category_id"))
  @MapKeyColumn(name = "locale")
  @Column(name = "name")
  private Map<String, String> names = new HashMap<>();

  protected Category() {}

  public Category(String id, int sortOrder, Map<String, String> names) {
    this.id = id;
    rename(sortOrder, names);
  }

  public void rename(int sortOrder, Map<String, String> names) {
    this.sortOrder = sortOrder;
    this.names.clear();
    this.names.putAll(names);
  }

  public String id() {
    return id;
  }

  public int sortOrder() {
    return sortOrder;
  }

  /** The name in a locale, falling back to English and then to the id. */
  public String name(String locale) {
    return names.getOrDefault(locale, names.getOrDefault("en", id));
  }
}
