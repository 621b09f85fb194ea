package kb.search.eval;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.search.ArticleDocument;

/**
 * A set in BEIR layout ({@code corpus.jsonl}, {@code queries.jsonl}, {@code qrels/test.tsv}): the
 * documents, the queries (each with a language) and the graded judgments.
 */
public record EvalSet(
    String name,
    List<ArticleDocument> corpus,
    List<Query> queries,
    Map<String, Map<String, Integer>> qrels) {

  /** One query; {@code locale} is the language the searcher uses. */
  public record Query(String id, String text, String locale) {}

  /** Reads a BEIR folder; the language comes from a {@code locale} field or the folder suffix. */
  public static EvalSet read(Path dir, List<ArticleDocument> corpusOverride) throws IOException {
    String name = dir.getFileName().toString();
    String defaultLocale =
        name.matches(".*-(en|ru|uk|tr|vi)") ? name.substring(name.length() - 2) : "en";
    List<ArticleDocument> corpus = corpusOverride;
    if (corpus == null) {
      corpus = new ArrayList<>();
      for (JsonObject o : jsonl(dir.resolve("corpus.jsonl"))) {
        corpus.add(
            new ArticleDocument(
                o.getString("_id"),
                defaultLocale,
                o.getString("title", ""),
                o.getString("text", ""),
                List.of(),
                ""));
      }
    }
    List<Query> queries = new ArrayList<>();
    for (JsonObject o : jsonl(dir.resolve("queries.jsonl"))) {
      queries.add(
          new Query(o.getString("_id"), o.getString("text"), o.getString("locale", defaultLocale)));
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("qrels/test.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length == 3 && Integer.parseInt(f[2].strip()) > 0) {
        qrels
            .computeIfAbsent(f[0], k -> new LinkedHashMap<>())
            .put(f[1], Integer.parseInt(f[2].strip()));
      }
    }
    return new EvalSet(name, corpus, queries, qrels);
  }

  private static List<JsonObject> jsonl(Path file) throws IOException {
    List<JsonObject> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (!l.isBlank()) {
        out.add(Json.createReader(new StringReader(l)).readObject());
      }
    }
    return out;
  }

  /** Every other query ({@code 0}: the even ones, {@code 1}: the odd ones), the same documents. */
  public EvalSet half(int parity) {
    List<Query> some = new ArrayList<>();
    for (int i = parity; i < queries.size(); i += 2) {
      some.add(queries.get(i));
    }
    return new EvalSet(name, corpus, some, qrels);
  }
}
