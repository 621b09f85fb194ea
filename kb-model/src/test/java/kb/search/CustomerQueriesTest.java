package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.search.eval.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries as customers type them, over the shipped articles and synonyms (issue 21): the article
 * about the problem comes first, and the count says how many answers fit, not how many articles
 * share a word.
 */
class CustomerQueriesTest extends ShippedContentSearch {

  @BeforeAll
  static void withShippedSynonyms() throws Exception {
    search = new SearchService(index, new Synonyms(SynonymFile.read(Evaluation.CONTENT)));
  }

  @ParameterizedTest(name = "{0} [{1}] finds {2} first")
  @CsvSource({
    "refund not received, en, refund-status",
    "refnd not recieved, en, refund-status",
    "where is my refund, en, refund-status",
    "my parcel has not arived, en, package-not-received",
    "деньги не вернули за возрат, ru, refund-status",
    "не можу відстежити замовленя, uk, track-order",
    "şifremi hatırlamıyorum giremiyorum, tr, reset-password",
    "khong nhan duoc tien hoan lai, vi, refund-status",
  })
  void aNegationAndATypoStillPutTheArticleFirst(String query, String locale, String slug) {
    List<String> top = search.rank(query, locale, 3).stream().map(SearchHit::slug).toList();
    assertEquals(slug, top.isEmpty() ? null : top.get(0), query + " → " + top);
  }

  @Test
  void theCountLeavesOutArticlesThatShareOnlyACommonWord() throws Exception {
    int articles =
        (int) Evaluation.contentCorpus().stream().filter(d -> "en".equals(d.getLocale())).count();
    SearchResults results = search.search("refnd not recieved", "en", SearchResults.CAP);
    assertEquals("refund-status", results.hits().get(0).slug());
    assertTrue(results.total() < articles / 2, results.total() + " of " + articles);
    List<String> found = results.hits().stream().map(SearchHit::slug).toList();
    assertFalse(found.contains("size-guide"), found::toString);
    assertFalse(found.contains("create-account"), found::toString);
  }
}
