package kb.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agents' canned responses. {@code {{requester.name}}} becomes the requester's display name and
 * {@code {{article:slug}}} a Markdown link to that article (its title when known).
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class CannedResponses {

  private static final Pattern ARTICLE = Pattern.compile("\\{\\{article:([a-z0-9-]{1,120})}}");

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  /** The responses by name, in name order. */
  public Map<String, String> all() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT name, body FROM canned_response ORDER BY name")
            .getResultList();
    Map<String, String> out = new LinkedHashMap<>();
    rows.forEach(r -> out.put((String) r[0], ((String) r[1]).replace("\\n", "\n")));
    return out;
  }

  /** A response filled in for a ticket's requester. */
  public String fill(String name, String requesterName) {
    String body = all().get(name);
    if (body == null) {
      return "";
    }
    return fill(body, requesterName, this::articleTitle);
  }

  /** The placeholder rules, without the database: {@code titles} gives an article's title. */
  public static String fill(String body, String requesterName, Function<String, String> titles) {
    String out = body.replace("{{requester.name}}", requesterName);
    Matcher m = ARTICLE.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String slug = m.group(1);
      String title = titles.apply(slug);
      m.appendReplacement(
          sb,
          Matcher.quoteReplacement(
              "[" + (title == null ? slug : title) + "](/articles/" + slug + ")"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private String articleTitle(String slug) {
    @SuppressWarnings("unchecked")
    List<Object> titles =
        em.createNativeQuery(
                "SELECT t.title FROM article_translation t JOIN article a ON a.id = t.article_id"
                    + " WHERE a.slug = ?1 AND t.locale = 'en'")
            .setParameter(1, slug)
            .getResultList();
    return titles.isEmpty() ? null : (String) titles.get(0);
  }
}
