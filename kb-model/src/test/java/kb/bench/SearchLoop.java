package kb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.search.SearchIndex;
import kb.search.SearchService;
import kb.search.SynonymFile;
import kb.search.Synonyms;
import kb.search.eval.Evaluation;

/**
 * In-process search throughput over the shipped content, without HTTP: where a search spends its
 * time, for profiling. Args: seconds (default 10), threads (default 2), and {@code distinct} to
 * search a new pair of the articles' commonest words each time instead of ten repeated queries.
 */
public final class SearchLoop {

  private static final List<String> QUERIES =
      List.of(
          "where is my refund",
          "delivery times",
          "cancel my order",
          "gift card balance",
          "payment declined",
          "kamiro tenso",
          "return label",
          "warranty headphones",
          "change delivery address",
          "promo code");

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    SearchIndex index = new SearchIndex();
    index.open(Files.createTempDirectory("kb-loop"));
    var corpus = Evaluation.contentCorpus();
    System.out.println(corpus.size() + " translations indexed");
    index.rebuild(corpus, n -> {});
    SearchService search =
        new SearchService(
            index, new Synonyms(SynonymFile.read(Path.of(System.getProperty("bench.content")))));
    List<String> words = commonWords(corpus, 400);
    boolean distinct = args.length > 2 && args[2].equals("distinct");
    for (int round = 0; round < 2; round++) {
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      java.util.concurrent.atomic.LongAdder done = new java.util.concurrent.atomic.LongAdder();
      Thread[] workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] =
            new Thread(
                () -> {
                  int i = 0;
                  while (System.nanoTime() < end) {
                    int n = i++;
                    String q =
                        distinct // a new pair of words each time: no cached result helps
                            ? words.get(n % words.size())
                                + " "
                                + words.get((n / words.size() + n * 31) % words.size())
                            : QUERIES.get(n % QUERIES.size());
                    search.search(q, "en", 10);
                    done.increment();
                  }
                });
        workers[t].start();
      }
      for (Thread w : workers) {
        w.join();
      }
      System.out.printf(
          "%s: %.0f searches/s on %d threads%n",
          round == 0 ? "warm-up" : "measured", done.sum() / (double) seconds, threads);
    }
    index.close();
  }

  private static List<String> commonWords(List<kb.search.ArticleDocument> corpus, int max) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (var d : corpus) {
      if (d.getLocale().equals("en")) {
        for (String w : d.getBody().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
          if (w.length() > 3) {
            counts.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(java.util.Map.Entry::getKey)
        .toList();
  }
}
