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
 * time, for profiling. Args: seconds (default 10), threads (default 2).
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
                    search.search(QUERIES.get(i++ % QUERIES.size()), "en", 10);
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
}
