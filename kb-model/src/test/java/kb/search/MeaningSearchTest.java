package kb.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search by meaning (issue 19): a customer's paraphrase that shares no word and no synonym group
 * with the article still finds it, because English documents and queries are compared by their
 * sentence embeddings. Synonyms are off here, so only the vectors can join the words. ("when will i
 * get my stuff" still misses "How long does delivery take?": the English model puts it nearer
 * out-of-stock; docs/search.md.)
 */
class MeaningSearchTest extends ShippedContentSearch {

  @ParameterizedTest(name = "{0} finds {1} in the top 3")
  @CsvSource({
    "i was billed two times, charged-twice",
    "when does my parcel show up, track-order",
    "where is my money back, refund-status",
  })
  void aParaphraseWithNoSharedWordFindsTheArticle(String query, String slug) {
    assertTrue(top3(query).contains(slug), query + " → " + top3(query));
  }

  @ParameterizedTest(name = "without vectors, {0} misses {1}")
  @CsvSource({
    "i was billed two times, charged-twice",
    "when does my parcel show up, track-order",
  })
  void lexicalSearchAloneMissesIt(String query, String slug) {
    index.useEmbeddings(Embeddings.OFF);
    try {
      assertFalse(top3(query).contains(slug), query + " → " + top3(query));
    } finally {
      index.useEmbeddings(Embeddings.english());
    }
  }

  @Test
  void relatedArticlesAreTheNearestByMeaningAcrossCategories() {
    List<String> related =
        search.related("damaged-item", "en", 5).stream().map(SearchHit::slug).toList();
    assertFalse(related.contains("damaged-item"), related.toString());
    assertTrue(related.contains("wrong-item"), related.toString());
    assertTrue(search.related("damaged-item", "ru", 5).isEmpty(), "no vectors in Russian");
  }

  private static List<String> top3(String query) {
    return search.rank(query, "en", 3).stream().map(SearchHit::slug).toList();
  }
}
