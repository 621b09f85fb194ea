package kb.gaps;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.search.Analyzers;
import kb.search.LocalizedTextBinder;
import kb.search.SearchIndex;
import kb.search.Spelling;
import kb.search.Synonyms;

/**
 * What a failed query is about, as weighted terms: its words spelled as the articles spell them,
 * analyzed as the index analyzes that language, each phrase of a synonym group replaced by the
 * group ("money back" and "refund" both become {@code ≈refund}). A term weighs its inverse document
 * frequency in the articles, so "parcel" counts less than "customs".
 *
 * <p>One instance serves one aggregation run: it remembers the statistics it looked up.
 */
final class GapTerms {

  static final String GROUP = "\u2248";

  /** The longest term kept (the width of {@code gap_term.term}). */
  static final int MAX_TERM = 100;

  private final SearchIndex index;
  private final Synonyms synonyms;
  private final Map<String, Double> weights = new HashMap<>();

  GapTerms(SearchIndex index, Synonyms synonyms) {
    this.index = index;
    this.synonyms = synonyms;
  }

  /**
   * The query's terms with their weights, in the order they occur; words no article uses spelled as
   * the articles or, failing that, as most searchers spell them.
   */
  Map<String, Double> of(String query, String locale, GapVocabulary searched) {
    String spelled = Spelling.corrected(index, query, locale, searched::respell);
    Set<String> tokens = new LinkedHashSet<>(analyze(locale, spelled));
    Map<String, Double> terms = new LinkedHashMap<>();
    for (String group : synonyms.groupsUsed(spelled, locale, analyzer(locale), this::analyze)) {
      for (String phrase : members(locale, group)) {
        tokens.removeAll(analyze(locale, phrase));
      }
      terms.put(GROUP + group, weight(locale, GROUP + group));
    }
    for (String token : tokens) {
      if (token.length() <= MAX_TERM) { // longer is no word, and would not fit gap_term
        terms.put(token, weight(locale, token));
      }
    }
    return terms;
  }

  /**
   * The terms a published text contains, as a gap's terms are written: its analyzed words, and
   * {@code ≈group} for each synonym group one of whose phrases it contains. A gap whose main terms
   * are not among them cannot be answered by the text, so it is not searched again for it.
   */
  Set<String> contained(String locale, String text) {
    Set<String> tokens = new HashSet<>(analyze(locale, text));
    Set<String> terms = new HashSet<>(tokens);
    for (List<String> group : synonyms.groups(locale)) {
      for (String phrase : group) {
        List<String> words = analyze(locale, phrase);
        if (!words.isEmpty() && tokens.containsAll(words)) {
          terms.add(GROUP + group.get(0));
          break;
        }
      }
    }
    terms.removeIf(t -> t.length() > MAX_TERM);
    return terms;
  }

  /**
   * A word weighs its BM25 inverse document frequency in the language's articles. A synonym group
   * weighs the mean weight of its phrases, a phrase the weight of its rarest word: the same for
   * every query that uses the group, whichever member it used.
   */
  double weight(String locale, String term) {
    String key = locale + ' ' + term;
    Double known = weights.get(key);
    if (known == null) {
      known = computeWeight(locale, term); // not computeIfAbsent: a group's weight recurses
      weights.put(key, known);
    }
    return known;
  }

  private double computeWeight(String locale, String term) {
    if (!term.startsWith(GROUP)) {
      long[] f = index.frequency(field(locale), term);
      return Math.log(1 + (f[1] - f[0] + 0.5) / (f[0] + 0.5));
    }
    List<String> phrases = members(locale, term.substring(GROUP.length()));
    return phrases.stream()
        .mapToDouble(
            p -> analyze(locale, p).stream().mapToDouble(t -> weight(locale, t)).max().orElse(0))
        .average()
        .orElse(0);
  }

  private List<String> members(String locale, String first) {
    return synonyms.groups(locale).stream()
        .filter(g -> g.get(0).equals(first))
        .findFirst()
        .orElse(List.of(first));
  }

  private List<String> analyze(String locale, String text) {
    return index.analyzeWith(analyzer(locale), text);
  }

  /** Turkish and Vietnamese are compared unaccented (and Turkish by word stem prefix). */
  private static String analyzer(String locale) {
    return Analyzers.FOLDED.contains(locale) ? Analyzers.folded(locale) : Analyzers.of(locale);
  }

  private static String field(String locale) {
    return Analyzers.FOLDED.contains(locale)
        ? LocalizedTextBinder.folded(locale)
        : LocalizedTextBinder.all(locale);
  }
}
