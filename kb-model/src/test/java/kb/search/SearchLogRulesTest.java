package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchLogRulesTest {

  @Test
  void normalizesCasePunctuationAndSpaces() {
    assertEquals("refund late", SearchLog.normalize("  Refund,   LATE?! "));
    assertEquals("возврат денег", SearchLog.normalize("Возврат  ДЕНЕГ"));
    assertEquals("đổi trả", SearchLog.normalize("Đổi trả"));
  }

  @Test
  void typedPrefixesRefineTheSameSearch() {
    assertTrue(SearchLog.refines("ref", "refund"));
    assertTrue(SearchLog.refines("refund late", "refund"), "backspacing");
    assertFalse(SearchLog.refines("refund", "gift card"));
  }

  @Test
  void recognisesCrawlers() {
    assertTrue(
        Searcher.isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
    assertTrue(Searcher.isBot("Mozilla/5.0 (compatible; bingbot/2.0)"));
    assertFalse(Searcher.isBot("Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36"));
    assertFalse(Searcher.isBot(null));
  }
}
