package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzers and the query against a real Lucene index in a temporary directory. */
class SearchServiceTest {

  @TempDir Path dir;
  SearchIndex index;
  SearchService search;

  static ArticleDocument doc(
      String slug, String locale, String title, String body, String... tags) {
    return new ArticleDocument(slug, locale, title, body, List.of(tags), "returns-refunds");
  }

  @BeforeEach
  void index() {
    index = new SearchIndex();
    assertTrue(index.open(dir), "a new index needs building");
    index.rebuild(
        List.of(
            doc(
                "refund-status",
                "en",
                "Where is my refund?",
                "We refund within 5 working days after your return arrives.",
                "refunds"),
            doc(
                "track-order",
                "en",
                "How do I track my order?",
                "Open the dispatch e-mail and click Track parcel.",
                "tracking"),
            doc(
                "gift-cards",
                "en",
                "Gift cards",
                "Gift cards are valid for three years.",
                "gift-cards"),
            doc(
                "refund-status",
                "ru",
                "Где мои деньги за возврат?",
                "Мы возвращаем деньги в течение 5 рабочих дней после получения возврата.",
                "refunds"),
            doc(
                "track-order",
                "uk",
                "Як відстежити замовлення?",
                "Відкрийте лист і натисніть Відстежити посилку. Номер відстеження є в замовленнях.",
                "tracking"),
            doc(
                "how-to-return",
                "tr",
                "Bir ürünü nasıl iade ederim?",
                "İadenizi çevrim içi kaydedin ve paketi bırakın. Ürünleri paketleyin.",
                "returns"),
            doc(
                "return-policy",
                "vi",
                "Chính sách đổi trả của cửa hàng là gì?",
                "Bạn có thể trả hầu hết sản phẩm trong vòng 30 ngày.",
                "returns")),
        n -> {});
    search = new SearchService(index, Synonyms.NONE);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> slugs(String query, String locale) {
    return search.search(query, locale, 10).hits().stream()
        .map(h -> h.slug() + "/" + h.locale())
        .toList();
  }

  @Test
  void findsByStemAndRanksTheTitleFirst() {
    assertEquals("refund-status/en", slugs("refunds", "en").get(0));
    assertEquals("track-order/en", slugs("tracking my orders", "en").get(0));
  }

  @Test
  void toleratesTyposInLongerWords() {
    assertEquals("refund-status/en", slugs("refnud", "en").get(0));
    assertEquals("track-order/en", slugs("dispacth email", "en").get(0));
    assertTrue(slugs("xq", "en").isEmpty(), "short nonsense finds nothing");
  }

  @Test
  void eachLanguageUsesItsOwnAnalyzer() {
    assertEquals("refund-status/ru", slugs("возвраты денег", "ru").get(0), "Russian stemming");
    assertEquals(
        "track-order/uk", slugs("відстеженням замовлень", "uk").get(0), "Ukrainian lemmas");
    assertEquals("how-to-return/tr", slugs("ürün iadesi", "tr").get(0), "Turkish stemming");
    assertEquals(
        "return-policy/vi",
        slugs("chinh sach doi tra", "vi").get(0),
        "Vietnamese without diacritics");
  }

  @Test
  void englishArticlesFollowAsAMarkedFallback() {
    List<SearchHit> hits = search.search("gift cards", "ru", 10).hits();
    assertEquals("gift-cards", hits.get(0).slug());
    assertTrue(hits.get(0).fallback());
    List<SearchHit> refund = search.search("refund", "ru", 10).hits();
    assertEquals(
        1, refund.stream().filter(h -> h.slug().equals("refund-status")).count(), "no duplicates");
  }

  @Test
  void aTypoStillMarksTheWordItMeantAndABodyWithoutTheWordsShowsItsOpening() {
    String longBody = "Dispatch happens from our warehouse every working day. ".repeat(10);
    index.update(
        List.of(
            doc("delivery", "en", "Delivery", "Standard delivery takes three working days."),
            doc("dispatch", "en", "Parcel dispatch", longBody)),
        List.of());
    SearchHit typo = search.search("delivry", "en", 5).hits().get(0);
    assertEquals("delivery", typo.slug());
    assertTrue(typo.snippet().contains("<mark>delivery</mark>"), typo.snippet());
    SearchHit titleOnly =
        search.search("parcel", "en", 5).hits().stream()
            .filter(h -> h.slug().equals("dispatch"))
            .findFirst()
            .orElseThrow();
    assertTrue(titleOnly.snippet().startsWith("Dispatch happens"), titleOnly.snippet());
    assertTrue(titleOnly.snippet().length() <= SearchService.SNIPPET + 2, titleOnly.snippet());
  }

  @Test
  void snippetsMarkTheMatchAndEscapeHtml() {
    index.update(
        List.of(
            doc(
                "code",
                "en",
                "Scripts",
                "Never paste <script>alert(1)</script> into the parcel form.")),
        List.of());
    SearchHit hit = search.search("parcel form", "en", 5).hits().get(0);
    assertTrue(hit.snippet().contains("<mark>parcel</mark>"), hit.snippet());
    assertFalse(hit.snippet().contains("<script>"), hit.snippet());
  }

  @Test
  void updatesAndRemovalsAreVisibleAtOnce() {
    index.update(List.of(), List.of(ArticleDocument.id("gift-cards", "en")));
    assertTrue(slugs("gift cards", "en").stream().noneMatch(s -> s.startsWith("gift-cards")));
    assertEquals(6, index.count());
  }

  @Test
  void emptyOrOverlongQueriesAreRejected() {
    assertThrows(InvalidInput.class, () -> search.search("   ", "en", 10));
    assertThrows(InvalidInput.class, () -> search.search("x".repeat(201), "en", 10));
  }

  @Test
  void anIndexOfTheCurrentVersionReopensWithoutRebuild() {
    index.close();
    assertFalse(index.open(dir));
    assertEquals(7, index.count());
  }

  @Test
  void suggestsACorrectionWhenNothingIsFound() {
    // Fuzzy matching already forgives typos in longer words; short ones need the suggestion.
    SearchResults none = search.search("trak", "en", 10);
    assertEquals(0, none.total());
    assertEquals("track", none.didYouMean());
    assertEquals(null, search.search("refund", "en", 10).didYouMean());
    assertEquals(null, search.search("qqqqqq", "en", 10).didYouMean(), "nothing close");
  }

  @Test
  void countsFacetsAndNarrowsByCategoryAndTag() {
    SearchResults all = search.search("gift cards refund order", "en", 10);
    assertEquals(3, all.facets().get("category").get("returns-refunds"));
    assertEquals(1, all.facets().get("tag").get("tracking"));
    SearchResults tagged =
        search.search(
            "gift cards refund order", "en", new SearchFilters(null, null, "tracking"), 10);
    assertEquals(List.of("track-order"), tagged.hits().stream().map(SearchHit::slug).toList());
    assertEquals(
        3, tagged.facets().get("category").get("returns-refunds"), "facets stay unfiltered");
    assertEquals(
        0, search.search("refund", "en", new SearchFilters("question", null, null), 10).total());
  }

  @Test
  void aCorruptIndexIsWipedAndReportedForRebuild() throws Exception {
    index.close();
    try (var files = java.nio.file.Files.walk(dir)) {
      for (Path p : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals("kb-mapping-version")) {
          java.nio.file.Files.write(p, new byte[] {1, 2, 3});
        }
      }
    }
    assertTrue(index.open(dir), "an unreadable index must be rebuilt");
    assertEquals(0, index.count());
  }
}
