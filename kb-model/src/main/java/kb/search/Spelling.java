package kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a search that found nothing, replaces each word the articles never use with
 * the closest word they do use (Lucene's {@link DirectSpellChecker} over the unstemmed words of the
 * language), and offers the result only if it finds something.
 */
public final class Spelling {

  private Spelling() {}

  static String suggest(SearchIndex index, String query, String locale, Predicate<String> finds) {
    List<String> words = index.analyzeWith(Analyzers.WORDS, query);
    if (words.isEmpty()) {
      return null;
    }
    DirectSpellChecker spell = new DirectSpellChecker();
    spell.setMinQueryLength(3);
    String field = LocalizedTextBinder.words(locale);
    String suggestion =
        index.withReader(
            reader -> {
              try {
                return correct(reader, spell, field, words);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return suggestion != null && finds.test(suggestion) ? suggestion : null;
  }

  /**
   * The query with each word of five letters or more that the articles of this language never use
   * replaced by the nearest word they do use, within one edit (two from eight letters); other words
   * as they are; a word with no such neighbour goes to {@code otherwise} (the gap report spells it
   * as other searches do). The gap report uses it so that "refnd" counts as "refund".
   */
  public static String corrected(
      SearchIndex index,
      String query,
      String locale,
      java.util.function.UnaryOperator<String> otherwise) {
    List<String> words = index.analyzeWith(Analyzers.WORDS, query);
    String field = LocalizedTextBinder.words(locale);
    return index.withReader(
        reader -> {
          List<String> out = new ArrayList<>();
          try {
            for (String word : words) {
              out.add(nearestKnown(reader, field, word, otherwise));
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return String.join(" ", out);
        });
  }

  private static String nearestKnown(
      IndexReader reader,
      String field,
      String word,
      java.util.function.UnaryOperator<String> otherwise)
      throws IOException {
    Term term = new Term(field, word);
    if (word.length() < 5 || reader.docFreq(term) > 0) {
      return word;
    }
    DirectSpellChecker spell = new DirectSpellChecker();
    spell.setMaxEdits(word.length() >= 8 ? 2 : 1);
    SuggestWord[] best =
        spell.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length > 0 ? best[0].string : otherwise.apply(word);
  }

  private static String correct(
      IndexReader reader, DirectSpellChecker spell, String field, List<String> words)
      throws IOException {
    {
      List<String> corrected = new ArrayList<>();
      boolean changed = false;
      for (String word : words) {
        Term term = new Term(field, word);
        if (word.length() >= 3 && reader.docFreq(term) == 0) {
          SuggestWord[] best =
              spell.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (best.length > 0) {
            corrected.add(best[0].string);
            changed = true;
            continue;
          }
        }
        corrected.add(word);
      }
      return changed ? String.join(" ", corrected) : null;
    }
  }
}
