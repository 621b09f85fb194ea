package kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The ranking query of one search in one language, built word by word (issue 21):
 *
 * <ul>
 *   <li>each word scores by its best field (title and tags above body and the whole article, with a
 *       little of the others), so a rare word in a title outweighs common words in bodies — BM25's
 *       IDF already makes the rare word count more;
 *   <li>a word the index does not know counts as the known words nearest to it ({@link
 *       Corrections}), on every field and at full weight, as if it had been typed right;
 *   <li>function words, pronouns and negations ({@link WeakWords}) count little and are not needed;
 *   <li>the meaningful words close together in the article, and the query's synonyms, add to the
 *       score.
 * </ul>
 */
final class RankingQuery {

  static final float TITLE = 1.5f;
  static final float TAGS = 1.5f;
  static final float BODY = 1.0f;
  static final float ALL = 1.0f;
  static final float FOLDED = 0.5f;
  static final float TIE = 0.6f;
  static final float WEAK = 0.15f;
  static final float SYNONYM = 0.6f;
  static final float PROXIMITY = 0.5f;
  static final int SLOP = 3;

  /**
   * The most meaningful words of a query ranked word by word; a longer one is a sentence (a forum
   * question pasted whole), which the whole-text query of {@link SearchService} ranks better.
   */
  static final int SHORT = 4;

  /** Tokens of a text by a named analyzer. */
  interface Analysis extends BiFunction<String, String, List<String>> {}

  private final String locale;
  private final Analysis analysis;
  private final List<Query> words = new ArrayList<>();
  private final List<Query> weak = new ArrayList<>();
  private final List<Query> synonyms = new ArrayList<>();
  private final List<String> proximityTokens = new ArrayList<>();

  /**
   * @param words the query's words, lower-cased and distinct
   * @param corrections the known words standing in for an unknown one (empty when it is known)
   * @param synonyms phrases to search besides the query (other members of its synonym groups)
   * @param analysis the tokens an analyzer makes of a text
   */
  RankingQuery(
      String locale,
      List<String> words,
      Function<String, List<String>> corrections,
      List<String> synonyms,
      Analysis analysis) {
    this.locale = locale;
    this.analysis = analysis;
    boolean allWeak = words.stream().allMatch(w -> WeakWords.isWeak(locale, w));
    for (String word : words) {
      boolean isWeak = !allWeak && WeakWords.isWeak(locale, word);
      List<String> known = isWeak ? List.of() : corrections.apply(word);
      Query q;
      if (known.isEmpty()) {
        q = word(word, !isWeak);
      } else {
        List<Query> alternatives = new ArrayList<>();
        known.forEach(k -> add(alternatives, word(k, true)));
        q = alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0f);
      }
      if (q == null) {
        continue;
      }
      if (isWeak) {
        weak.add(new BoostQuery(q, WEAK));
      } else {
        this.words.add(q);
        proximityTokens.addAll(
            analysis.apply(Analyzers.of(locale), known.isEmpty() ? word : known.get(0)));
      }
    }
    for (String phrase : synonyms) {
      add(this.synonyms, synonym(phrase));
    }
  }

  /** Whether these words are a search-box query rather than a whole sentence. */
  static boolean isShort(String locale, List<String> words) {
    long meaningful = words.stream().filter(w -> !WeakWords.isWeak(locale, w)).count();
    return (meaningful == 0 ? words.size() : meaningful) <= SHORT;
  }

  /** Whether the query has anything to search for in this language. */
  boolean isEmpty() {
    return words.isEmpty() && weak.isEmpty() && synonyms.isEmpty();
  }

  /** The query: any word may match, each scored by its best field, weak words little. */
  Query query() {
    if (words.isEmpty() && synonyms.isEmpty()) {
      // only weak words: they are all there is to go by
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      weak.forEach(q -> any.add(q, Occur.SHOULD));
      return any.build();
    }
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    words.forEach(q -> match.add(q, Occur.SHOULD));
    synonyms.forEach(q -> match.add(new BoostQuery(q, SYNONYM), Occur.SHOULD));
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    top.add(match.build(), Occur.MUST);
    weak.forEach(q -> top.add(q, Occur.SHOULD));
    if (proximityTokens.size() >= 2) {
      top.add(
          new BoostQuery(phrase(LocalizedTextBinder.all(locale), proximityTokens, SLOP), PROXIMITY),
          Occur.SHOULD);
    }
    return top.build();
  }

  /** One word on every field of the language, scored by its best field. */
  private Query word(String word, boolean withTags) {
    String analyzer = Analyzers.of(locale);
    List<Query> fields = new ArrayList<>();
    List<String> tokens = analysis.apply(analyzer, word);
    add(fields, field(LocalizedTextBinder.title(locale), tokens, TITLE));
    add(fields, field(LocalizedTextBinder.body(locale), tokens, BODY));
    add(fields, field(LocalizedTextBinder.all(locale), tokens, ALL));
    if (withTags) {
      add(fields, field("tags", analysis.apply(Analyzers.DEFAULT, word), TAGS));
    }
    if (Analyzers.FOLDED.contains(locale)) {
      add(
          fields,
          field(
              LocalizedTextBinder.folded(locale),
              analysis.apply(Analyzers.folded(locale), word),
              FOLDED));
    }
    return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE);
  }

  /** A synonym phrase in the title or the body, its words together. */
  private Query synonym(String phrase) {
    List<String> tokens = analysis.apply(Analyzers.of(locale), phrase);
    if (tokens.isEmpty()) {
      return null;
    }
    List<Query> fields = new ArrayList<>();
    fields.add(new BoostQuery(phrase(LocalizedTextBinder.title(locale), tokens, 1), TITLE));
    fields.add(phrase(LocalizedTextBinder.body(locale), tokens, 1));
    return new DisjunctionMaxQuery(fields, TIE);
  }

  private static Query field(String field, List<String> tokens, float boost) {
    if (tokens.isEmpty()) {
      return null;
    }
    Query q;
    if (tokens.size() == 1) {
      q = new TermQuery(new Term(field, tokens.get(0)));
    } else {
      q = phrase(field, tokens, 0);
    }
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  private static Query phrase(String field, List<String> tokens, int slop) {
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
    tokens.forEach(t -> b.add(new Term(field, t)));
    return b.build();
  }

  private static void add(List<Query> to, Query q) {
    if (q != null) {
      to.add(q);
    }
  }
}
