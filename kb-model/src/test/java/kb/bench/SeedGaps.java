package kb.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Fills a stopped site's database with N open English gaps, for the benchmark of the check run when
 * an article is published (issue 20): {@code SeedGaps <jdbc-url> <user> <N>}.
 *
 * <p>Each gap is about a made-up product of its own and two of {@link #COMMON} words, with three
 * query texts that use all three; every term is in every search, so all three are main terms. An
 * article that contains 10 of the 40 common words contains two terms of about 1 gap in 17.
 */
public final class SeedGaps {

  /** Words the analyzers keep as they are (no stem, no stop word). */
  static final List<String> COMMON =
      List.of(
          "box", "lid", "cord", "plug", "strap", "bolt", "nut", "hook", "lamp", "desk", "rug",
          "mat", "pot", "pan", "cup", "jar", "bag", "belt", "hat", "cap", "sock", "coat", "vest",
          "scarf", "ring", "clock", "bell", "drum", "kit", "tent", "sled", "ball", "bat", "net",
          "pin", "clip", "tag", "card", "pen", "fan");

  /** Ids far above what the site has handed out; the id blocks are moved past them. */
  static final long FIRST_ID = 50_000_000L;

  private SeedGaps() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    int n = Integer.parseInt(args[2]);
    Random random = new Random(20);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(false);
      try (PreparedStatement gap =
              c.prepareStatement(
                  "insert into gap (id, locale, label, status, verified, searches, failed_since,"
                      + " first_seen, last_seen, status_at, version) values (?, 'en', ?, 'OPEN',"
                      + " false, 9, 0, ?, ?, ?, 1)");
          PreparedStatement query =
              c.prepareStatement(
                  "insert into gap_query (id, gap_id, locale, normalized, sample, terms, searches)"
                      + " values (?, ?, 'en', ?, ?, ?, 3)");
          PreparedStatement term =
              c.prepareStatement(
                  "insert into gap_term (gap_id, term, searches) values (?, ?, 9)")) {
        for (int i = 0; i < n; i++) {
          long id = FIRST_ID + i;
          String product = "zq" + Long.toString(i, 26).replace('0', 'x');
          String a = COMMON.get(random.nextInt(COMMON.size()));
          String b = COMMON.get(random.nextInt(COMMON.size()));
          while (b.equals(a)) {
            b = COMMON.get(random.nextInt(COMMON.size()));
          }
          String[] texts = {
            product + " " + a + " " + b,
            a + " " + b + " for " + product,
            product + " " + b + " " + a
          };
          gap.setLong(1, id);
          gap.setString(2, texts[0]);
          gap.setObject(3, now.minusDays(3));
          gap.setObject(4, now);
          gap.setObject(5, now.minusDays(3));
          gap.addBatch();
          for (int q = 0; q < texts.length; q++) {
            query.setLong(1, id * 3 + q);
            query.setLong(2, id);
            query.setString(3, texts[q]);
            query.setString(4, texts[q]);
            query.setString(5, product + "|" + a + "|" + b);
            query.addBatch();
          }
          for (String t : new String[] {product, a, b}) {
            term.setLong(1, id);
            term.setString(2, t);
            term.addBatch();
          }
          if (i % 1000 == 999) {
            gap.executeBatch();
            query.executeBatch();
            term.executeBatch();
          }
        }
        gap.executeBatch();
        query.executeBatch();
        term.executeBatch();
      }
      try (PreparedStatement blocks =
          c.prepareStatement("update id_block set next_value = ? where name = ?")) {
        blocks.setLong(1, FIRST_ID + n + 1000);
        blocks.setString(2, "gap");
        blocks.executeUpdate();
        blocks.setLong(1, (FIRST_ID + n + 1000) * 3);
        blocks.setString(2, "gap_query");
        blocks.executeUpdate();
      }
      c.commit();
    }
    System.out.println(n + " open gaps seeded");
  }
}
