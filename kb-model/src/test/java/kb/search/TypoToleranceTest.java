package kb.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word with one letter wrong, missing, extra or swapped still finds its article in the top 3, in
 * each language, over the shipped articles: the vocabulary correction, not a fuzzy query.
 */
class TypoToleranceTest extends ShippedContentSearch {

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
