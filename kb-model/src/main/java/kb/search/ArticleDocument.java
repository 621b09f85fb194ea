package kb.search;

import java.util.List;

/**
 * What the index holds for one published translation of an article: the text to match and the
 * fields a hit shows, so that results come from the index without a database round trip.
 */
public class ArticleDocument {

  public static final String ARTICLE = "article";
  public static final String QUESTION = "question";

  private final String type;
  private final String id;
  private final String slug;
  private final String locale;
  private final String title;
  private final String body;
  private final List<String> tags;
  private final String category;
  private float[] embedding;

  public ArticleDocument(
      String slug, String locale, String title, String body, List<String> tags, String category) {
    this(ARTICLE, id(slug, locale), slug, locale, title, body, tags, category);
  }

  /** A community thread: found by its title, question and best answers, shown as a question. */
  public static ArticleDocument question(
      long questionId, String locale, String title, String body, List<String> tags) {
    return new ArticleDocument(
        QUESTION,
        questionId(questionId),
        String.valueOf(questionId),
        locale,
        title,
        body,
        tags,
        "");
  }

  public static String questionId(long questionId) {
    return "question:" + questionId;
  }

  private ArticleDocument(
      String type,
      String id,
      String slug,
      String locale,
      String title,
      String body,
      List<String> tags,
      String category) {
    this.type = type;
    this.id = id;
    this.slug = slug;
    this.locale = locale;
    this.title = title;
    this.body = body;
    this.tags = List.copyOf(tags);
    this.category = category == null ? "" : category;
  }

  public static String id(String slug, String locale) {
    return "article:" + slug + ":" + locale;
  }

  /** The kind of hit, for the type facet: {@code article} or {@code question}. */
  public String getType() {
    return type;
  }

  public String getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getLocale() {
    return locale;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public List<String> getTags() {
    return tags;
  }

  public String getCategory() {
    return category;
  }

  /** The sentence embedding of the document ({@link Embeddings}); null in other languages. */
  public float[] getEmbedding() {
    return embedding;
  }

  void embed(float[] vector) {
    this.embedding = vector;
  }
}
