package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Typo tolerance at the price of a map lookup: a query word of five letters or more that no
 * document of its language contains is replaced by the words of the index nearest to it (one edit,
 * two from eight letters; Lucene's {@link DirectSpellChecker} over the language's unstemmed
 * vocabulary), and those are searched as ordinary terms, at full weight on every field. A word the
 * index knows, in any of its forms, is never corrected. Each word is looked up once per index
 * generation: the corrections are kept until the index changes, so a repeated typo costs nothing.
 */
final class Corrections {

  /** Nearest known words used per unknown word. */
  static final int NEIGHBOURS = 2;

  static final int MIN_LENGTH = 5;

  private final SearchIndex index;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
  private volatile long generation = -1;

  Corrections(SearchIndex index) {
    this.index = index;
  }

  /** The known words standing in for the query's unknown ones (empty when all are known). */
  List<String> of(List<String> words, String locale) {
    long now = index.generation();
    if (now != generation) {
      cache.clear();
      generation = now;
    }
    List<String> unknown = words.stream().filter(w -> w.length() >= MIN_LENGTH).toList();
    if (unknown.isEmpty()) {
      return List.of();
    }
    return unknown.stream()
        .flatMap(w -> cache.computeIfAbsent(locale + ' ' + w, k -> lookUp(w, locale)).stream())
        .distinct()
        .toList();
  }

  private List<String> lookUp(String word, String locale) {
    String field = LocalizedTextBinder.words(locale);
    List<String> stems = index.analyze(locale, word);
    List<String> folded =
        Analyzers.FOLDED.contains(locale)
            ? index.analyzeWith(Analyzers.folded(locale), word)
            : List.of();
    return index.withReader(
        r ->
            known(r, LocalizedTextBinder.all(locale), stems)
                    || known(r, LocalizedTextBinder.folded(locale), folded)
                ? List.of()
                : nearest(r, field, word));
  }

  /**
   * Whether the ordinary query already finds the word: another form of it is in the index ("книгах"
   * when only "книга" is), or its unaccented form is. Such a word is no typo.
   */
  private static boolean known(IndexReader reader, String field, List<String> terms) {
    try {
      for (String t : terms) {
        if (reader.docFreq(new Term(field, t)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> nearest(IndexReader reader, String field, String word) {
    try {
      Term term = new Term(field, word);
      if (reader.docFreq(term) > 0) {
        return List.of();
      }
      DirectSpellChecker spell = new DirectSpellChecker();
      spell.setMaxEdits(word.length() >= 8 ? 2 : 1);
      spell.setMinQueryLength(MIN_LENGTH);
      SuggestWord[] found =
          spell.suggestSimilar(term, NEIGHBOURS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return java.util.Arrays.stream(found).map(s -> s.string).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
