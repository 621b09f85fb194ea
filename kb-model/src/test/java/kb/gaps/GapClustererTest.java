package kb.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kb.search.SearchIndex;
import kb.search.SynonymFile;
import kb.search.Synonyms;
import kb.search.eval.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clustering failed queries over the shipped articles and synonyms, as the site does: realistic
 * variants of one need land in one gap, other needs apart, typos with their word, in all five
 * languages.
 */
class GapClustererTest {

  @TempDir static Path dir;
  static SearchIndex index;
  static Synonyms synonyms;

  @BeforeAll
  static void index() throws IOException {
    index = new SearchIndex();
    index.open(dir);
    index.rebuild(Evaluation.contentCorpus(), n -> {});
    synonyms = new Synonyms(SynonymFile.read(Evaluation.CONTENT));
  }

  /** Each query's gap, the queries assigned in the order given (most frequent first). */
  static Map<String, Long> cluster(String locale, String... queries) {
    GapTerms terms = new GapTerms(index, synonyms);
    GapClusters clusters = new GapClusters(t -> terms.weight(locale, t));
    AtomicLong ids = new AtomicLong();
    GapVocabulary searched = new GapVocabulary();
    Map<String, Long> out = new LinkedHashMap<>();
    for (String q : queries) {
      out.put(q, clusters.assign(terms.of(q, locale, searched).keySet(), 1, ids::incrementAndGet));
    }
    return out;
  }

  @Test
  void variantsOfOneNeedShareAGapAndOtherNeedsDoNot() {
    Map<String, Long> gaps =
        cluster(
            "en",
            "refund not received",
            "where is my money back",
            "refund still pending",
            "refnd not recieved",
            "return label",
            "retrun label",
            "parcel damaged",
            "parcel lost");
    long refund = gaps.get("refund not received");
    assertEquals(refund, gaps.get("where is my money back"), gaps::toString);
    assertEquals(refund, gaps.get("refund still pending"), gaps::toString);
    assertEquals(refund, gaps.get("refnd not recieved"), gaps::toString);
    assertNotEquals(refund, gaps.get("return label"), gaps::toString);
    assertEquals(gaps.get("return label"), gaps.get("retrun label"), gaps::toString);
    assertNotEquals(gaps.get("parcel damaged"), gaps.get("parcel lost"), gaps::toString);
    assertNotEquals(refund, gaps.get("parcel lost"), gaps::toString);
  }

  @Test
  void wordsNoArticleUsesStillJoinTheirMisspellings() {
    Map<String, Long> gaps = cluster("en", "pay with klarna", "klarma payment", "gift wrapping");
    assertEquals(gaps.get("pay with klarna"), gaps.get("klarma payment"), gaps::toString);
    assertNotEquals(gaps.get("pay with klarna"), gaps.get("gift wrapping"), gaps::toString);
  }

  @Test
  void wordsNoArticleUsesAreSpeltAsMostSearchersSpellThem() {
    GapVocabulary searched = new GapVocabulary();
    searched.add("sharing wishlist", 200);
    searched.add("shairng wishlist", 1);
    assertEquals("sharing", searched.respell("shairng"));
    assertEquals("sharing", searched.respell("sharing"));
    assertEquals("wishlist", searched.respell("wihslist"));
    searched.add("gift wrapped", 150);
    searched.add("gift wrapping", 100);
    assertEquals("wrapping", searched.respell("wrapping"), "not respelt as a word only as common");
    GapTerms terms = new GapTerms(index, synonyms);
    assertEquals(
        terms.of("sharing wishlist", "en", searched).keySet(),
        terms.of("shairng wishlist", "en", searched).keySet());
  }

  @Test
  void russianAndUkrainianInflectionsJoin() {
    Map<String, Long> ru =
        cluster(
            "ru",
            "не пришли деньги за возврат",
            "деньги за возврат не пришли",
            "подарочная упаковка");
    assertEquals(ru.get("не пришли деньги за возврат"), ru.get("деньги за возврат не пришли"));
    assertNotEquals(ru.get("не пришли деньги за возврат"), ru.get("подарочная упаковка"));
    Map<String, Long> uk =
        cluster("uk", "посилка пошкоджена", "пошкоджену посилку", "змінити адресу доставки");
    assertEquals(uk.get("посилка пошкоджена"), uk.get("пошкоджену посилку"), uk::toString);
    assertNotEquals(uk.get("посилка пошкоджена"), uk.get("змінити адресу доставки"));
  }

  @Test
  void turkishAndVietnameseJoinWithoutAccents() {
    Map<String, Long> tr = cluster("tr", "iade kargo ücreti", "iade kargo ucreti", "hediye paketi");
    assertEquals(tr.get("iade kargo ücreti"), tr.get("iade kargo ucreti"), tr::toString);
    assertNotEquals(tr.get("iade kargo ücreti"), tr.get("hediye paketi"), tr::toString);
    Map<String, Long> vi = cluster("vi", "hoàn tiền chậm", "hoan tien cham", "gói quà");
    assertEquals(vi.get("hoàn tiền chậm"), vi.get("hoan tien cham"), vi::toString);
    assertNotEquals(vi.get("hoàn tiền chậm"), vi.get("gói quà"), vi::toString);
  }

  @Test
  void aWordTooLongToBeOneIsNoTerm() {
    GapTerms terms = new GapTerms(index, synonyms);
    assertEquals(
        Set.of("label"), terms.of("x".repeat(150) + " label", "en", new GapVocabulary()).keySet());
  }

  @Test
  void anArticleContainsTheTermsOfTheQueriesItAnswersAndNotOthers() {
    GapTerms terms = new GapTerms(index, synonyms);
    Set<String> article =
        terms.contained(
            "en",
            "When do loyalty points expire?\nYour reward points expire 12 months after you earn"
                + " them. We refund the money back to your card.");
    GapVocabulary searched = new GapVocabulary();
    Set<String> answered =
        new HashSet<>(terms.of("when do my loyalty points expire", "en", searched).keySet());
    assertTrue(answered.contains("loyalti") && answered.contains("expir"), answered.toString());
    answered.removeAll(Set.of("my")); // the one word of the query the article does not have
    assertTrue(article.containsAll(answered), article + " vs " + answered);
    Set<String> money = terms.of("money back", "en", searched).keySet();
    assertTrue(money.stream().anyMatch(t -> t.startsWith(GapTerms.GROUP)), money.toString());
    assertTrue(article.containsAll(money), "the synonym group of 'money back': " + article);
    Set<String> other = terms.of("gift wrapping", "en", searched).keySet();
    assertFalse(article.stream().anyMatch(other::contains), article.toString());
  }

  @Test
  void typosAreOneOrTwoEditsByLength() {
    assertTrue(GapClusterer.isTypo("refund", "refnud"));
    assertTrue(GapClusterer.isTypo("delivery", "delivry"));
    assertTrue(GapClusterer.isTypo("reimbursement", "reimbursment"));
    assertFalse(GapClusterer.isTypo("size", "sise"));
    assertFalse(GapClusterer.isTypo("label", "lapel2x"));
    assertEquals(1, GapClusterer.distance("recieve", "receive"));
  }
}
