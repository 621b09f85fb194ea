package kb.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the search log of a stopped site's database with N searches over D days, for the gap report
 * benchmark: {@code SeedSearchLog <jdbc-url> <user> <N> <D>}.
 *
 * <p>Texts: 120 failing needs in five languages, each typed in several ways (word order, extra
 * words, typos), plus the dev set's answerable queries; picked with a Zipf-like skew so a few needs
 * dominate, as in real logs. 100,000 visitors; 40% of searches find nothing, 25% open no result, 2%
 * are voted not helpful, 1% come from bots.
 */
public final class SeedSearchLog {

  private static final String[] NEEDS = {
    "gift wrapping",
    "engraving service",
    "pay with klarna",
    "student discount",
    "price match",
    "ship to po box",
    "change delivery date",
    "split shipment",
    "order arrived wet",
    "parcel stolen from doorstep",
    "courier left at neighbour",
    "refund to closed card",
    "refund not received",
    "exchange for different colour",
    "return without receipt",
    "warranty claim",
    "repair service",
    "battery replacement",
    "assembly instructions",
    "missing screws",
    "size between two sizes",
    "shoe width",
    "plus sizes",
    "kids sizes",
    "bulk order discount",
    "business invoice with vat number",
    "tax exempt order",
    "pre order release date",
    "back in stock alert",
    "wishlist sharing",
    "delete my reviews",
    "change email address",
    "two factor authentication",
    "account locked",
    "loyalty points expired",
    "referral code not working",
    "birthday discount",
    "military discount",
    "pay in instalments",
    "crypto payment",
    "bank transfer payment",
    "cash on delivery",
    "deliver to hotel",
    "international returns",
    "customs fees refund",
    "same day delivery",
    "weekend delivery",
    "delivery to locker",
    "reschedule collection",
    "damaged packaging but product fine",
    "wrong item received",
    "item missing from order",
    "cancel subscription box",
    "pause subscription",
    "gift card balance",
    "gift card expired",
    "sell my used items",
    "recycling old electronics",
    "eco packaging",
    "carbon neutral shipping",
  };

  private static final String[] NEEDS_OTHER = {
    "ru|подарочная упаковка",
    "ru|гравировка",
    "ru|оплата частями",
    "ru|скидка для студентов",
    "ru|посылка пришла мокрой",
    "ru|курьер оставил у соседей",
    "ru|не пришли деньги за возврат",
    "ru|обмен на другой цвет",
    "ru|гарантийный ремонт",
    "ru|оплата наложенным платежом",
    "uk|подарункова упаковка",
    "uk|оплата частинами",
    "uk|посилка пошкоджена",
    "uk|обмін на інший колір",
    "uk|гарантійний ремонт",
    "uk|знижка для студентів",
    "tr|hediye paketi",
    "tr|taksitli ödeme",
    "tr|öğrenci indirimi",
    "tr|kargo hasarlı geldi",
    "tr|iade kargo ücreti",
    "tr|kapıda ödeme",
    "tr|fatura adresi değiştirme",
    "vi|gói quà",
    "vi|trả góp",
    "vi|giảm giá sinh viên",
    "vi|hàng bị hỏng",
    "vi|hoàn tiền chậm",
    "vi|thanh toán khi nhận hàng",
    "vi|đổi màu khác",
  };

  private static final String[] EXTRA = {"", "", "", "help", "please", "how", "can i", "why no"};

  private SeedSearchLog() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    int n = Integer.parseInt(args[2]);
    int days = Integer.parseInt(args[3]);
    Random random = new Random(42);
    List<String[]> texts = texts(random);
    OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(false);
      long first;
      try (ResultSet r =
          c.createStatement()
              .executeQuery("select next_value from id_block where name = 'search'")) {
        r.next();
        first = r.getLong(1) + 1_000_000;
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into search_log (id, searched_at, query_text, normalized, locale, hits,"
                  + " top_ids, clicked_type, clicked_id, clicked_at, visitor, username, user_role,"
                  + " staff, bot, channel, follow_up) values (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?,"
                  + " null, 'ANONYMOUS', false, ?, 'api', ?)")) {
        for (int i = 0; i < n; i++) {
          String[] t = texts.get(zipf(random, texts.size()));
          OffsetDateTime at = end.minusSeconds((long) (random.nextDouble() * days * 86_400));
          double roll = random.nextDouble();
          boolean zero = roll < 0.40;
          boolean noClick = !zero && roll < 0.65;
          insert.setLong(1, first + i);
          insert.setObject(2, at);
          insert.setString(3, t[1]);
          insert.setString(4, t[2]);
          insert.setString(5, t[0]);
          insert.setInt(6, zero ? 0 : 5);
          insert.setString(7, zero || noClick ? null : "article");
          insert.setString(8, zero || noClick ? null : "article:some-article:" + t[0]);
          insert.setObject(9, zero || noClick ? null : at.plusSeconds(8));
          insert.setString(10, "bench-" + zipf(random, 100_000));
          insert.setBoolean(11, random.nextDouble() < 0.01);
          insert.setString(
              12, !zero && !noClick && random.nextDouble() < 0.03 ? "NOT_HELPFUL" : null);
          insert.addBatch();
          if (i % 10_000 == 9_999) {
            insert.executeBatch();
            c.commit();
          }
        }
        insert.executeBatch();
      }
      c.createStatement()
          .executeUpdate(
              "update id_block set next_value = " + (first + n) + " where name = 'search'");
      c.commit();
    }
    System.out.printf(
        "seeded %,d searches over %d days (%,d distinct texts) in %.1f s%n",
        n, days, texts.size(), (System.nanoTime() - started) / 1e9);
  }

  /** [locale, text as typed, normalized] for every variant of every need. */
  private static List<String[]> texts(Random random) {
    List<String[]> out = new ArrayList<>();
    List<String[]> needs = new ArrayList<>();
    for (String need : NEEDS) {
      needs.add(new String[] {"en", need});
    }
    for (String need : NEEDS_OTHER) {
      needs.add(need.split("\\|"));
    }
    for (String[] need : needs) {
      for (int v = 0; v < 40; v++) {
        String text = variant(need[1], random);
        out.add(
            new String[] {
              need[0], text, text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
            });
      }
    }
    java.util.Collections.shuffle(out, random);
    return out;
  }

  /** The need as someone might type it: an extra word, swapped words, a typo. */
  private static String variant(String need, Random random) {
    List<String> words = new ArrayList<>(List.of(need.split(" ")));
    if (words.size() > 1 && random.nextInt(4) == 0) {
      java.util.Collections.swap(words, 0, words.size() - 1);
    }
    String extra = EXTRA[random.nextInt(EXTRA.length)];
    if (!extra.isEmpty()) {
      words.add(0, extra);
    }
    if (random.nextInt(3) == 0) {
      int w = random.nextInt(words.size());
      String word = words.get(w);
      if (word.length() > 4) {
        int p = 1 + random.nextInt(word.length() - 2);
        word = word.substring(0, p) + word.charAt(p + 1) + word.charAt(p) + word.substring(p + 2);
        words.set(w, word);
      }
    }
    return String.join(" ", words);
  }

  /** A rank in [0, size) with probability about 1/(rank+1). */
  private static int zipf(Random random, int size) {
    return (int)
        Math.min(size - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(size + 1)) - 1));
  }
}
