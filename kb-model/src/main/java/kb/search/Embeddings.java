package kb.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings, so that a search finds an article by meaning when the customer's words are
 * not the article's ("where is my money back" for "Refund status"). The model is the quantized
 * all-MiniLM-L6-v2, shipped inside a Maven Central jar and run in-process by ONNX Runtime: nothing
 * is downloaded at run time. It is an English model; no multilingual model is shipped that way
 * (docs/search.md), so only English documents and English queries use it.
 *
 * <p>Documents are embedded when indexed; a query once per normalized text, then from a bounded
 * cache.
 */
public final class Embeddings {

  /** The model's vector size. */
  public static final int DIMENSION = 384;

  /** The one language the model was trained on. */
  public static final String LOCALE = "en";

  /**
   * The document text embedded: the title, tags and the opening of the body. The model reads at
   * most 256 word pieces; the opening is what an article is about, and a longer text would be cut
   * into parts whose average blurs it.
   */
  static final int DOCUMENT_CHARS = 1_000;

  static final int CACHED_QUERIES = 10_000;

  /** The model off: lexical search only (configuration {@code KB_SEARCH_VECTORS=false}). */
  public static final Embeddings OFF = new Embeddings(false);

  private static volatile EmbeddingModel model;

  private final boolean enabled;
  private final Map<String, float[]> queries =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
              return size() > CACHED_QUERIES;
            }
          });

  private Embeddings(boolean enabled) {
    this.enabled = enabled;
  }

  /** The English model, loaded on first use (about a second) and shared by the whole JVM. */
  public static Embeddings english() {
    return new Embeddings(true);
  }

  /** Whether documents and queries in this language have vectors. */
  public boolean covers(String locale) {
    return enabled && LOCALE.equals(locale);
  }

  /** The vector of a normalized query, computed once and then kept. */
  public float[] query(String text) {
    float[] vector = queries.get(text);
    if (vector == null) {
      // computed outside the cache's lock, so concurrent searches embed in parallel
      vector = model().embed(text).content().vector();
      queries.put(text, vector);
    }
    return vector;
  }

  /**
   * Gives each article of a covered language its vector, in one batch (the model spreads it over
   * the cores); documents that have one keep it. Community threads get none (docs/search.md).
   */
  public void fill(List<ArticleDocument> documents) {
    List<ArticleDocument> missing =
        documents.stream()
            .filter(d -> ArticleDocument.ARTICLE.equals(d.getType()))
            .filter(d -> covers(d.getLocale()) && d.getEmbedding() == null)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    List<TextSegment> texts = missing.stream().map(d -> TextSegment.from(text(d))).toList();
    var vectors = model().embedAll(texts).content();
    for (int i = 0; i < missing.size(); i++) {
      missing.get(i).embed(vectors.get(i).vector());
    }
  }

  static String text(ArticleDocument d) {
    String body = d.getBody();
    String opening = body.length() <= DOCUMENT_CHARS ? body : body.substring(0, DOCUMENT_CHARS);
    String tags = String.join(", ", d.getTags());
    return d.getTitle() + ". " + (tags.isEmpty() ? "" : tags + ". ") + opening;
  }

  private static EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (Embeddings.class) {
        if (model == null) {
          model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        m = model;
      }
    }
    return m;
  }
}
