package kb.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kb.articles.ContentFile;
import kb.articles.ContentFolder;
import kb.search.ArticleDocument;
import kb.search.Embeddings;
import kb.search.SearchHit;
import kb.search.SearchIndex;
import kb.search.SearchService;
import kb.search.SynonymFile;
import kb.search.Synonyms;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.markdown.PlainText;

/**
 * Runs sets through a fresh index built with the production analyzers and the production query
 * ({@link SearchService#rank}), and prints the scores beside the plain-BM25 baselines of {@code
 * ../shared/data/search-eval/README}. Usage: {@code ./mvnw -q -pl kb-model -Peval} (every shared
 * set and our development set) or with {@code -Deval.sets=dir1,dir2}. The shared sets are scored on
 * their held-out half (odd queries); {@code -Deval.train=true} adds their training half.
 */
public final class Evaluation {

  /** Plain Lucene BM25 (one field, language analyzer) as measured by the data set's README. */
  static final Map<String, double[]> BASELINES =
      Map.of(
          "xquad-en", new double[] {0.964, 0.992, 0.955},
          "xquad-ru", new double[] {0.954, 0.989, 0.942},
          "xquad-tr", new double[] {0.944, 0.987, 0.930},
          "xquad-vi", new double[] {0.959, 0.992, 0.947},
          "semeval2016-qq", new double[] {0.461, 0.496, 0.574});

  /** Scores of one set; {@code byLocale} holds Recall@1 and Recall@3 per query language. */
  public record Scores(
      String set,
      int queries,
      double ndcg10,
      double recall10,
      double mrr10,
      Map<String, double[]> byLocale) {}

  /** The kb-model folder (Maven's exec:java runs in the folder Maven was started from). */
  static final Path BASE = Path.of(System.getProperty("eval.basedir", ".")).toAbsolutePath();

  public static final Path DEV_SET = BASE.resolve("src/test/resources/eval/kb-dev").normalize();
  public static final Path CONTENT = BASE.resolve("../content").normalize();

  private Evaluation() {}

  public static void main(String[] args) throws IOException {
    List<Path> sets = new ArrayList<>();
    String chosen = System.getProperty("eval.sets", "");
    if (!chosen.isBlank()) {
      for (String s : chosen.split(",")) {
        sets.add(BASE.resolve(s.strip()).normalize());
      }
    } else {
      Path shared = BASE.resolve("../../shared/data/search-eval").normalize();
      if (Files.isDirectory(shared)) {
        try (Stream<Path> dirs = Files.list(shared)) {
          dirs.filter(Files::isDirectory).sorted().forEach(sets::add);
        }
      }
      sets.add(DEV_SET);
      // customer phrasings (issue 21): tune on the first half, report the held-out one
      sets.add(DEV_SET.resolveSibling("kb-customers-tune"));
      sets.add(DEV_SET.resolveSibling("kb-customers-heldout"));
    }
    System.out.printf(
        "%-28s %7s %9s %9s %9s   %s%n",
        "set", "queries", "nDCG@10", "R@10", "MRR@10", "plain BM25, all queries (nDCG / R / MRR)");
    for (Path dir : sets) {
      for (Scores s : evaluate(dir)) {
        double[] b = BASELINES.get(s.set());
        System.out.printf(
            "%-28s %7d %9.3f %9.3f %9.3f   %s%n",
            s.set(),
            s.queries(),
            s.ndcg10(),
            s.recall10(),
            s.mrr10(),
            b == null ? "" : "%.3f / %.3f / %.3f".formatted(b[0], b[1], b[2]));
        s.byLocale()
            .forEach(
                (locale, r) ->
                    System.out.printf(
                        "    %-24s R@1 %.3f   R@3 %.3f   (%d queries)%n",
                        locale, r[0], r[1], (int) r[2]));
      }
    }
  }

  /** Scores a set; the semeval set is scored twice: re-ranking its judged candidates, and open. */
  public static List<Scores> evaluate(Path dir) throws IOException {
    boolean dev =
        dir.normalize().endsWith(DEV_SET.normalize()) || Files.exists(dir.resolve("USE_CONTENT"));
    EvalSet set = EvalSet.read(dir, dev ? contentCorpus() : null);
    Path indexDir = Files.createTempDirectory("kb-eval");
    SearchIndex index = new SearchIndex();
    try {
      index.open(indexDir);
      index.rebuild(set.corpus(), n -> {});
      Synonyms synonyms = dev ? new Synonyms(SynonymFile.read(CONTENT)) : Synonyms.NONE;
      SearchService search = new SearchService(index, synonyms);
      List<Scores> out = new ArrayList<>();
      boolean rerank = set.name().startsWith("semeval");
      out.add(score(set, search, set.name(), rerank));
      if (rerank) {
        out.add(score(set, search, set.name() + " (open corpus)", false));
      }
      if (dev) {
        out.add(
            score(
                set,
                new SearchService(index, Synonyms.NONE),
                set.name() + " (no synonyms)",
                false));
      }
      // Search by meaning against words alone. The shared sets chose the share of meaning for
      // long queries on their even queries (docs/evaluation.md): the odd ones are held out.
      EvalSet heldOut = dev ? set : set.half(1);
      String suffix = dev ? "" : " held-out";
      if (!dev && Boolean.getBoolean("eval.train")) {
        out.add(score(set.half(0), search, set.name() + " train", rerank));
      }
      if (!dev) {
        out.add(score(heldOut, search, set.name() + suffix, rerank));
      }
      Embeddings vectors = index.embeddings();
      index.useEmbeddings(Embeddings.OFF);
      out.add(score(heldOut, search, set.name() + suffix + " (lexical)", rerank));
      index.useEmbeddings(vectors);
      return out;
    } finally {
      index.close();
      deleteTree(indexDir);
    }
  }

  private static Scores score(EvalSet set, SearchService search, String name, boolean rerank) {
    double ndcg = 0, recall = 0, mrr = 0;
    int n = 0;
    Map<String, double[]> byLocale = new TreeMap<>();
    for (EvalSet.Query q : set.queries()) {
      Map<String, Integer> judged = set.qrels().get(q.id());
      if (judged == null) {
        continue;
      }
      List<String> ranked =
          search.rank(q.text(), q.locale(), rerank ? set.corpus().size() : 10).stream()
              .map(SearchHit::slug)
              .toList();
      if (rerank) {
        ranked = candidates(set, q.id(), ranked);
      }
      if (Boolean.getBoolean("eval.misses")
          && (set.name().equals("kb-dev") || set.name().equals("kb-customers-tune"))
          && Metrics.hit(ranked, judged, 3) == 0) {
        System.out.printf(
            "    miss %s [%s] %s -> want %s, got %s%n",
            q.id(), q.locale(), q.text(), judged.keySet(), ranked.stream().limit(3).toList());
      }
      ndcg += Metrics.ndcg(ranked, judged, 10);
      recall += Metrics.recall(ranked, judged, 10);
      mrr += Metrics.mrr(ranked, judged, 10);
      double[] l = byLocale.computeIfAbsent(q.locale(), k -> new double[3]);
      l[0] += Metrics.hit(ranked, judged, 1);
      l[1] += Metrics.hit(ranked, judged, 3);
      l[2]++;
      n++;
    }
    for (double[] l : byLocale.values()) {
      l[0] /= l[2];
      l[1] /= l[2];
    }
    return new Scores(name, n, ndcg / n, recall / n, mrr / n, byLocale);
  }

  /** The query's own candidates (ids "Q1_R4" for query "Q1") in ranked order, unretrieved last. */
  private static List<String> candidates(EvalSet set, String queryId, List<String> ranked) {
    String prefix = queryId + "_";
    List<String> out =
        new ArrayList<>(ranked.stream().filter(id -> id.startsWith(prefix)).toList());
    set.corpus().stream()
        .map(ArticleDocument::getSlug)
        .filter(id -> id.startsWith(prefix) && !out.contains(id))
        .forEach(out::add);
    return out;
  }

  /** An index of the shipped articles in a fresh directory, with vectors (tests). */
  public static SearchIndex contentIndex(Path dir) throws IOException {
    SearchIndex index = new SearchIndex();
    index.open(dir);
    index.rebuild(contentCorpus(), n -> {});
    return index;
  }

  /** The shipped articles as the site indexes them (rendered, sanitized, as plain text). */
  public static List<ArticleDocument> contentCorpus() throws IOException {
    Map<String, ArticleDocument> docs = new LinkedHashMap<>();
    for (ContentFile f : ContentFolder.articles(CONTENT)) {
      if (f.broken()) {
        continue;
      }
      String text = PlainText.of(MarkdownRenderer.render(f.body(), Audience.EDITOR).html());
      docs.put(
          f.slug() + "/" + f.locale(),
          new ArticleDocument(f.slug(), f.locale(), f.title(), text, f.tags(), f.category()));
    }
    return new ArrayList<>(docs.values());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
