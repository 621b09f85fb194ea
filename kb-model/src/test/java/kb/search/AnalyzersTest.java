package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.shared.TestData;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each language's analyzer reduces the forms customers type to what the articles contain. */
class AnalyzersTest {

  @TempDir Path dir;
  SearchIndex index;

  @BeforeEach
  void open() {
    index = new SearchIndex();
    index.open(dir);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private void sameTokens(String locale, String typed, String written) {
    assertEquals(
        index.analyze(locale, written), index.analyze(locale, typed), typed + " ~ " + written);
  }

  @Test
  void englishStemsAndDropsStopWords() {
    sameTokens("en", "refunds", "refund");
    sameTokens("en", "the customer's orders", "customer order");
  }

  @Test
  void russianStems() {
    sameTokens("ru", "возврата", "возврат");
    sameTokens("ru", "посылки", "посылка");
  }

  @Test
  void ukrainianLemmatizesWithMorfologik() {
    sameTokens("uk", "замовленням", "замовлення");
    sameTokens("uk", "посилки", "посилка");
  }

  @Test
  void turkishHandlesSuffixesApostrophesAndDottedI() {
    sameTokens("tr", "Türkiye'ye", "Türkiye");
    assertEquals(List.of("ıslak"), index.analyze("tr", "ISLAK"), "dotless I lower-cases to ı");
    String folded = Analyzers.folded("tr");
    assertEquals(index.analyzeWith(folded, "iade"), index.analyzeWith(folded, "iadesi"));
    assertEquals(index.analyzeWith(folded, "şifre"), index.analyzeWith(folded, "sifremi"));
  }

  @Test
  void turkishSuffixedQueryFindsTheBareWord() {
    index.rebuild(
        List.of(
            new ArticleDocument(
                "return", "tr", "İade politikası", "İade 30 gün içinde.", List.of(), "x"),
            new ArticleDocument("ship", "tr", "Kargo ücreti", "Kargo 2 iş günü.", List.of(), "x")),
        n -> {});
    SearchService search = new SearchService(index, Synonyms.NONE);
    assertEquals("return", search.search("iadesi", "tr", 10).hits().get(0).slug());
  }

  @Test
  void vietnameseKeepsTonesAndFoldsOnlyTheCopy() {
    assertEquals(List.of("đổi", "trả"), index.analyze("vi", "Đổi trả"));
    assertEquals(List.of("doi", "tra"), index.analyzeWith(Analyzers.folded("vi"), "Đổi trả"));
  }

  @Test
  void naughtyStringsGiveResultsOrAClearErrorNeverACrash() throws Exception {
    List<String> strings = TestData.naughtyStrings();
    org.junit.jupiter.api.Assumptions.assumeFalse(
        strings.isEmpty(), "../shared/data/blns.json is absent");
    index.rebuild(
        List.of(
            new ArticleDocument("a", "en", "Refunds", "Money back within 5 days.", List.of(), "x")),
        n -> {});
    SearchService search = new SearchService(index, Synonyms.NONE);
    int searched = 0;
    for (String s : strings) {
      for (String locale : List.of("en", "ru", "uk", "tr", "vi")) {
        try {
          search.search(s, locale, 10);
          searched++;
        } catch (InvalidInput e) {
          assertTrue(e.field().equals("q"), s);
        }
      }
    }
    for (String s : List.of("title:* AND (", "???!!!...", "\"unclosed", "x".repeat(10_000))) {
      try {
        search.search(s, "en", 10);
      } catch (InvalidInput e) {
        assertEquals("q", e.field());
      }
    }
    assertTrue(searched > strings.size(), "most naughty strings are searched, not refused");
  }
}
