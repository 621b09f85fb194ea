package kb.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid ranking: the lexical ranking and the nearest documents by meaning merged by a linear mix
 * of their scores, {@code (1 - a) * bm25 / best bm25 + a * cosine}, a document missing from a list
 * scoring 0 there. Scores, not ranks, are mixed: where BM25 clearly prefers one document (a long
 * question sharing many words with one paragraph) meaning cannot overturn it, and where it hardly
 * tells documents apart (a short query of common words) meaning decides. The weights were chosen on
 * training queries only (docs/evaluation.md) and are reported on held-out ones.
 */
final class Fusion {

  /** How many nearest documents by meaning are candidates. */
  static final int NEAREST = 10;

  /**
   * How many neighbours the k-NN query asks for before the {@link #NEAREST} are kept. HNSW search
   * is approximate and its graph depends on how segments were flushed and merged, so asking for ten
   * alone gave results that moved from run to run (xquad-en nDCG@10 0.9696 to 0.9712); a language
   * with fewer documents than this is searched exactly.
   */
  static final int CANDIDATES = 100;

  /**
   * The cosine similarity below which a document is not near enough to be an answer: 0.25, 0.3 and
   * 0.4 were tried on the tuning half; the lower floor found more.
   */
  static final float NEAR = 0.25f;

  /**
   * The cosine similarity a document found by meaning alone (not by words) needs: above what a word
   * of gibberish reaches (at most 0.28 to a shipped article over 100 random words), so that a
   * made-up word finds nothing, or only the article that uses it. The tuning half measured the same
   * at 0.3, 0.4 and 0.5.
   */
  static final float ALONE = 0.35f;

  /**
   * The share of meaning for a search-box query ({@link RankingQuery#isShort}): on the tuning half
   * of the customer phrasings, 0.3, 0.5, 0.7 and 0.8 gave English Recall@1 0.79, 0.81, 0.82, 0.83
   * (0.9 the same as 0.8). Reciprocal-rank fusion reached 0.85 there but lowered xquad-en.
   */
  static final float SHORT_SHARE = 0.8f;

  /**
   * The share of meaning for a longer query: on the training halves of xquad-en and semeval, 0.1,
   * 0.2 and 0.3 gave nDCG@10 0.972/0.897, 0.972/0.898 and 0.971/0.906.
   */
  static final float LONG_SHARE = 0.3f;

  private Fusion() {}

  /**
   * Both rankings as one, best first, at most {@code max} hits.
   *
   * @param top the best lexical score, which lexical scores are measured against
   */
  static List<SearchHit> fuse(
      List<Scored> lexical, float top, List<Scored> nearest, boolean isShort, int max) {
    if (nearest.isEmpty()) {
      return lexical.stream().limit(max).map(Scored::hit).toList();
    }
    double share = isShort ? SHORT_SHARE : LONG_SHARE;
    Map<String, SearchHit> hits = new LinkedHashMap<>();
    Map<String, Double> scores = new HashMap<>();
    add(lexical, (1 - share) / top, hits, scores);
    // a document words did not find must be nearer to count: else every query, even one word of
    // gibberish, would "find" the few documents that happen to lie closest
    Set<String> found = Set.copyOf(hits.keySet());
    add(
        nearest.stream().filter(s -> found.contains(s.hit().id()) || s.score() >= ALONE).toList(),
        share,
        hits,
        scores);
    return hits.values().stream()
        .sorted((a, b) -> Double.compare(scores.get(b.id()), scores.get(a.id())))
        .limit(max)
        .toList();
  }

  private static void add(
      List<Scored> ranking,
      double weight,
      Map<String, SearchHit> hits,
      Map<String, Double> scores) {
    for (Scored s : ranking) {
      hits.putIfAbsent(s.hit().id(), s.hit());
      scores.merge(s.hit().id(), weight * s.score(), Double::sum);
    }
  }
}
