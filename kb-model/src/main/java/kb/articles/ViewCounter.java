package kb.articles;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
    try (Connection c = dataSource.getConnection();
        PreparedStatement add =
            c.prepareStatement(
                "UPDATE article_translation SET views = views + ? WHERE locale = ? AND article_id"
                    + " = (SELECT id FROM article WHERE slug = ?)")) {
      c.setAutoCommit(false);
      for (Key key : counts.keySet()) {
        long n = counts.get(key).sumThenReset();
        if (n > 0) {
          add.setLong(1, n);
          add.setString(2, key.locale());
          add.setString(3, key.slug());
          add.addBatch();
        }
      }
      add.executeBatch();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "article views not written; those counts are lost", e);
    }
  }
}
