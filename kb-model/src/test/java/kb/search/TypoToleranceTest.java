package kb.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.search.eval.Evaluation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word with one letter wrong, missing, extra or swapped still finds its article in the top 3, in
 * each language, over the shipped articles: the vocabulary correction, not a fuzzy query.
 */
class TypoToleranceTest {

  @TempDir static Path dir;
  static SearchIndex index;
  static SearchService search;

  @BeforeAll
  static void indexShippedContent() throws Exception {
    index = new SearchIndex();
    index.open(dir);
    index.rebuild(Evaluation.contentCorpus(), n -> {});
    search = new SearchService(index, Synonyms.NONE);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @ParameterizedTest(name = "{0} [{1}] finds {2}")
  @CsvSource({
    "delivry, en, delivery-times", // missing
    "refnud, en, refund-status", // swapped
    "passwword, en, reset-password", // extra
    "warrenty, en, warranty", // wrong
    "тавар вернуть, ru, how-to-return", // wrong
    "отслидить, ru, track-order", // wrong
    "замолвення відстежити, uk, track-order", // swapped
    "unutum şifremi, tr, reset-password", // missing
    "unuttumm sifremi, tr, reset-password", // extra, typed without diacritics
    "thnah toán, vi, payment-methods", // swapped
  })
  void aOneLetterTypoStillFindsTheArticle(String query, String locale, String slug) {
    List<String> top = search.rank(query, locale, 3).stream().map(SearchHit::slug).toList();
    assertTrue(top.contains(slug), query + " → " + top);
  }

  @org.junit.jupiter.api.Test
  void aWordTheIndexKnowsInAnyFormIsNeverCorrected() {
    Corrections corrections = new Corrections(index);
    assertTrue(corrections.of(List.of("refund", "refunds", "returned"), "en").isEmpty());
    assertTrue(corrections.of(List.of("возврата", "посылки"), "ru").isEmpty(), "other forms");
    assertTrue(corrections.of(List.of("sifremi"), "tr").isEmpty(), "known without diacritics");
    assertTrue(corrections.of(List.of("refnud"), "en").contains("refund"));
  }
}
