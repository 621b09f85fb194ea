package kb.search.eval;

import java.util.List;
import java.util.Map;

/** Ranking metrics over one query's ranked ids and its judgments (grade > 0 is relevant). */
public final class Metrics {

  private Metrics() {}

  public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += gain(judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long found = ranked.stream().limit(k).filter(judged::containsKey).count();
    return judged.isEmpty() ? 0 : (double) found / judged.size();
  }

  /** 1 when any relevant document is in the top k: "did the searcher see an answer". */
  public static double hit(List<String> ranked, Map<String, Integer> judged, int k) {
    return ranked.stream().limit(k).anyMatch(judged::containsKey) ? 1 : 0;
  }

  public static double mrr(List<String> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.containsKey(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
