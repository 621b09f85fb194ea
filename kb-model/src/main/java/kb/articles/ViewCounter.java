package kb.articles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kb.shared.persistence.PeriodicFlush;

/**
 * Counts article views in memory and adds them to the database every few seconds in one batch, so
 * that reading an article (often served from the page cache) costs no database write. The counts
 * feed "popular" lists, where seconds of delay do not matter; an UPDATE that adds leaves the
 * translation's version alone, so views never make an editor's edit stale.
 */
@ApplicationScoped
public class ViewCounter {

  private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());
  static final long INTERVAL_MS = 5_000;

  private record Key(String slug, String locale) {}

  @Resource(lookup = "java:app/jdbc/kb")
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  @Inject Clock clock;

  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
  private PeriodicFlush flusher;

  @PostConstruct
  void start() {
    flusher = new PeriodicFlush(threads, "kb-article-views-flush", INTERVAL_MS, this::write);
  }

  @PreDestroy
  void stop() {
    flusher.stop();
  }

  public void record(String slug, String locale) {
    counts.computeIfAbsent(new Key(slug, locale), k -> new LongAdder()).increment();
  }

  /** Adds the views counted so far to the database before returning. */
  public void flush() {
    flusher.now();
  }

  private synchronized void write() {
    if (counts.values().stream().allMatch(a -> a.sum() == 0)) {
      return;
    }
    Date today = Date.valueOf(LocalDate.now(clock));
    try (Connection c = dataSource.getConnection();
        PreparedStatement total = c.prepareStatement(ADD_TOTAL);
        PreparedStatement day = c.prepareStatement(ADD_DAY);
        PreparedStatement first = c.prepareStatement(FIRST_OF_DAY)) {
      c.setAutoCommit(false);
      for (Key key : counts.keySet()) {
        long n = counts.get(key).sumThenReset();
        if (n > 0) {
          bind(total, n, key);
          total.executeUpdate();
          day.setLong(1, n);
          day.setDate(2, today);
          day.setString(3, key.slug());
          day.setString(4, key.locale());
          if (day.executeUpdate() == 0) {
            first.setDate(1, today);
            first.setLong(2, n);
            first.setString(3, key.slug());
            first.setString(4, key.locale());
            first.executeUpdate();
          }
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "article views not written; those counts are lost", e);
    }
  }

  private static void bind(PreparedStatement add, long n, Key key) throws SQLException {
    add.setLong(1, n);
    add.setString(2, key.locale());
    add.setString(3, key.slug());
  }

  private static final String TRANSLATION =
      "(SELECT t.id FROM article_translation t JOIN article a ON a.id = t.article_id"
          + " WHERE a.slug = ? AND t.locale = ?)";

  /** The all-time count: an UPDATE that adds, leaving the translation's version alone. */
  private static final String ADD_TOTAL =
      "UPDATE article_translation SET views = views + ? WHERE locale = ? AND article_id"
          + " = (SELECT id FROM article WHERE slug = ?)";

  /** The day's count, which "Popular" reads over the last 30 days. */
  private static final String ADD_DAY =
      "UPDATE article_view_day SET views = views + ? WHERE viewed_on = ? AND translation_id = "
          + TRANSLATION;

  private static final String FIRST_OF_DAY =
      "INSERT INTO article_view_day (translation_id, viewed_on, views) SELECT t.id, ?, ? FROM"
          + " article_translation t JOIN article a ON a.id = t.article_id WHERE a.slug = ? AND"
          + " t.locale = ?";
}
