package kb.gaps;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of one language's failed searches, with how often they were searched: a spelling
 * dictionary for words no article uses. "shairng wishlist" cannot be corrected from the articles
 * (they never say "sharing"), but other customers typed "sharing" hundreds of times.
 */
final class GapVocabulary {

  /** A word is respelt only as a word searched at least this many times more often. */
  static final int DOMINANCE = 3;

  private final Map<String, Long> counts = new HashMap<>();

  /** Counts the words of a searched text. */
  void add(String normalized, long searches) {
    for (String word : normalized.split(" ")) {
      if (!word.isEmpty()) {
        counts.merge(word, searches, Long::sum);
      }
    }
  }

  /** The word as most searchers spell it: the most searched likely typo-neighbour, if dominant. */
  String respell(String word) {
    String best = word;
    long bar = counts.getOrDefault(word, 0L) * DOMINANCE;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > bar && !e.getKey().equals(word) && GapClusterer.isTypo(word, e.getKey())) {
        best = e.getKey();
        bar = e.getValue();
      }
    }
    return best;
  }
}
