package kb.gaps;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Decides which gap a failed query belongs to. A gap's core is the terms at least half of its
 * searches contain; a query joins the gap whose core is most like it, by weighted Jaccard (the
 * weight of the terms both have over the weight of all their terms), if that is at least {@link
 * #JOIN}: "refund" alone joins "refund not received" (0.63 over the shipped articles), "parcel
 * lost" does not join "parcel damaged" (0.30). A word matches a core word it is a likely typo of:
 * one edit away from five letters, two from eight, a swap of neighbouring letters counting as one.
 */
final class GapClusterer {

  /** The least likeness with which a query joins a gap. */
  static final double JOIN = 0.4;

  private GapClusterer() {}

  /** A gap as clustering sees it: how many of its searches contain each term. */
  record Cluster(long id, Map<String, Long> termSearches, long searches) {

    Set<String> core() {
      return termSearches.entrySet().stream()
          .filter(e -> e.getValue() * 2 >= searches)
          .map(Map.Entry::getKey)
          .collect(Collectors.toSet());
    }
  }

  /** The gap the query joins, if any. */
  static Optional<Long> best(
      Set<String> query, Collection<Cluster> clusters, ToDoubleFunction<String> weight) {
    double queryTotal = query.stream().mapToDouble(weight).sum();
    if (queryTotal <= 0) {
      return Optional.empty();
    }
    Long best = null;
    double bestScore = 0;
    for (Cluster c : clusters) {
      double score = share(query, queryTotal, c.core(), weight);
      if (score >= JOIN && score > bestScore) {
        best = c.id();
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Weighted Jaccard likeness of a query and a gap's core; typos count as shared. */
  static double share(
      Set<String> query, double queryTotal, Set<String> core, ToDoubleFunction<String> weight) {
    double coreTotal = core.stream().mapToDouble(weight).sum();
    if (coreTotal <= 0) {
      return 0;
    }
    double queryShared = query.stream().filter(q -> matchesAny(q, core)).mapToDouble(weight).sum();
    double coreShared = core.stream().filter(c -> matchesAny(c, query)).mapToDouble(weight).sum();
    double shared = (queryShared + coreShared) / 2;
    return shared / (queryTotal + coreTotal - shared);
  }

  private static boolean matchesAny(String term, Set<String> others) {
    if (others.contains(term)) {
      return true;
    }
    if (term.startsWith(GapTerms.GROUP)) {
      return false;
    }
    for (String other : others) {
      if (!other.startsWith(GapTerms.GROUP) && isTypo(term, other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two different words are close enough for one to be a misspelling of the other. */
  static boolean isTypo(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
    return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
