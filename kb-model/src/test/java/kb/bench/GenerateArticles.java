package kb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kb.articles.ContentFile;
import kb.articles.ContentFolder;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Writes N published English articles into a fresh H2 database under a data folder, the way the
 * site stores them (Markdown, sanitized HTML), by recombining paragraphs of the shipped articles
 * with random product words so that the vocabulary grows as a real catalogue's would. Usage: {@code
 * GenerateArticles <dataDir> <count>}. The site then finds its index out of step with the database
 * at startup and rebuilds it: that rebuild is the re-index measurement.
 */
public final class GenerateArticles {

  private GenerateArticles() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Files.createDirectories(data.resolve("db"));
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + data.resolve("db").resolve("kb").toAbsolutePath());
    ds.setUser("sa"); // the user the site connects as (KbDataSource)
    SchemaMigrator.migrate(ds);
    List<String> paragraphs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (ContentFile f :
        ContentFolder.articles(Path.of(System.getProperty("bench.content", "../content")))) {
      if (!f.broken() && f.locale().equals("en")) {
        titles.add(f.title());
        for (String p : f.body().split("\n\n")) {
          if (p.length() > 80 && !p.startsWith("|") && !p.startsWith("#")) {
            paragraphs.add(p);
          }
        }
      }
    }
    Random random = new Random(42);
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      Path content = Path.of(System.getProperty("bench.content", "../content"));
      try (PreparedStatement cat =
              c.prepareStatement("MERGE INTO category (id, sort_order) KEY (id) VALUES (?, ?)");
          PreparedStatement name =
              c.prepareStatement(
                  "MERGE INTO category_name (category_id, locale, name) KEY (category_id, locale)"
                      + " VALUES (?, ?, ?)")) {
        for (ContentFolder.CategoryDef def : ContentFolder.categories(content)) {
          cat.setString(1, def.id());
          cat.setInt(2, def.order());
          cat.executeUpdate();
          for (var e : def.names().entrySet()) {
            name.setString(1, def.id());
            name.setString(2, e.getKey());
            name.setString(3, e.getValue());
            name.executeUpdate();
          }
        }
      }
      String[] categories = {"shipping", "orders", "returns-refunds", "payments", "products"};
      PreparedStatement article =
          c.prepareStatement(
              "INSERT INTO article (id, slug, category_id, owner, created_at, version)"
                  + " VALUES (?, ?, ?, 'editor', ?, 0)");
      PreparedStatement translation =
          c.prepareStatement(
              "INSERT INTO article_translation (id, article_id, locale, title, markdown, html, toc, status,"
                  + " updated_at, updated_by, published_at, version) VALUES (?, ?, 'en', ?, ?, ?, '[]',"
                  + " 'PUBLISHED', ?, 'bench', ?, 0)");
      PreparedStatement tag =
          c.prepareStatement("INSERT INTO translation_tag (translation_id, tag) VALUES (?, ?)");
      Timestamp now = Timestamp.from(Instant.now());
      long base = 10_000_000L;
      for (int i = 0; i < count; i++) {
        long id = base + i;
        String product = word(random) + " " + word(random);
        String title = titles.get(random.nextInt(titles.size())) + " (" + product + ")";
        StringBuilder md = new StringBuilder();
        for (int p = 0; p < 3; p++) {
          md.append(paragraphs.get(random.nextInt(paragraphs.size())))
              .append(" This applies to the ")
              .append(product)
              .append(" and the ")
              .append(word(random))
              .append(".\n\n");
        }
        String markdown = md.toString();
        article.setLong(1, id);
        article.setString(2, "bench-" + i);
        article.setString(3, categories[i % categories.length]);
        article.setTimestamp(4, now);
        article.addBatch();
        translation.setLong(1, id);
        translation.setLong(2, id);
        translation.setString(3, title.length() > 300 ? title.substring(0, 300) : title);
        translation.setString(4, markdown);
        translation.setString(5, MarkdownRenderer.render(markdown, Audience.EDITOR).html());
        translation.setTimestamp(6, now);
        translation.setTimestamp(7, now);
        translation.addBatch();
        tag.setLong(1, id);
        tag.setString(2, "bench");
        tag.addBatch();
        if (i % 1000 == 999) {
          article.executeBatch();
          translation.executeBatch();
          tag.executeBatch();
          c.commit();
        }
      }
      article.executeBatch();
      translation.executeBatch();
      tag.executeBatch();
      c.commit();
    }
    System.out.printf(
        "generated %d articles in %d ms into %s%n",
        count, (System.nanoTime() - t0) / 1_000_000, data.toAbsolutePath());
  }

  private static final String SYLLABLES = "ka ro mi ten sa lo vu dex pra zel nor fi ta go bri sun";

  /**
   * A made-up product word ("kaminor"), so that the generated catalogue has a long vocabulary tail.
   */
  static String word(Random random) {
    String[] s = SYLLABLES.split(" ");
    int n = 2 + random.nextInt(2);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < n; i++) {
      w.append(s[random.nextInt(s.length)]);
    }
    return w.toString();
  }
}
