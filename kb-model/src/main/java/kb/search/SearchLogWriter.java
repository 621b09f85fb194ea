package kb.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kb.shared.persistence.PeriodicFlush;

/**
 * Writes the search log off the request thread: one thread drains {@link PendingSearches} every
 * {@link #INTERVAL_MS} ms into the database with batched JDBC statements, in its own transactions,
 * so a search never waits for (or fails with) the log. Ids come from the {@code search} row of
 * {@code id_block} a thousand at a time, so a search knows its id before its row is written.
 * Readers of the log call {@link #flush()} first; a JVM shutdown hook flushes too, because Payara
 * Micro does not undeploy on SIGTERM and a killed server must not lose what it had queued.
 */
@ApplicationScoped
public class SearchLogWriter {

  private static final Logger LOG = Logger.getLogger(SearchLogWriter.class.getName());
  static final int CAPACITY = 20_000;
  static final int BATCH = 1_000;
  static final long INTERVAL_MS = 200;
  private static final int ID_BLOCK = 1_000;

  @Resource(lookup = "java:app/jdbc/kb")
  DataSource dataSource;

  @Resource ManagedThreadFactory threads;

  private PendingSearches pending;
  private PeriodicFlush flusher;
  private long nextId;
  private long lastId = -1;
  private long droppedReported;

  @PostConstruct
  void start() {
    pending = new PendingSearches(CAPACITY, this::nextId);
    flusher = new PeriodicFlush(threads, "kb-search-log-flush", INTERVAL_MS, this::drainAll);
  }

  @PreDestroy
  void stop() {
    flusher.stop();
  }

  long add(
      Searcher who,
      String channel,
      SearchResults results,
      String locale,
      String topIds,
      OffsetDateTime at) {
    return pending.add(who, channel, results.query(), locale, results.total(), topIds, at);
  }

  void clicked(String visitor, long id) {
    pending.clicked(visitor, id);
  }

  /** Writes everything queued before returning (readers of the log call it first). */
  public void flush() {
    flusher.now();
  }

  /** Searches not logged because the queue was full, since the start. */
  public long dropped() {
    return pending.dropped();
  }

  private synchronized long nextId() {
    if (nextId > lastId) {
      reserveIds();
    }
    return nextId++;
  }

  private void reserveIds() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement up =
              c.prepareStatement(
                  "UPDATE id_block SET next_value = next_value + ? WHERE name = 'search'");
          PreparedStatement read =
              c.prepareStatement("SELECT next_value FROM id_block WHERE name = 'search'")) {
        up.setInt(1, ID_BLOCK);
        up.executeUpdate();
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          lastId = rs.getLong(1);
        }
        c.commit();
      }
      nextId = lastId - ID_BLOCK + 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reserve search log ids", e);
    }
  }

  private synchronized void drainAll() {
    try {
      List<PendingSearches.Row> rows;
      while (!(rows = pending.drain(BATCH)).isEmpty()) {
        write(rows);
      }
      pending.expire(OffsetDateTime.now(), SearchLog.MERGE_WINDOW);
      long dropped = pending.dropped();
      if (dropped > droppedReported) {
        long newly = dropped - droppedReported;
        droppedReported = dropped;
        LOG.warning(() -> newly + " search(es) not logged: the log writer fell behind");
      }
    } catch (RuntimeException | SQLException e) {
      LOG.log(Level.SEVERE, "writing the search log failed; those rows are lost", e);
    }
  }

  private void write(List<PendingSearches.Row> rows) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO search_log (id, searched_at, query_text, normalized, locale, hits,"
                      + " top_ids, visitor, username, user_role, staff, bot, channel)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement refine =
              c.prepareStatement(
                  "UPDATE search_log SET searched_at = ?, query_text = ?, normalized = ?,"
                      + " locale = ?, hits = ?, top_ids = ? WHERE id = ?")) {
        for (PendingSearches.Row r : rows) {
          if (r.insert()) {
            insert.setLong(1, r.id());
            insert.setObject(2, r.at());
            insert.setString(3, r.query());
            insert.setString(4, SearchLog.normalize(r.query()));
            insert.setString(5, r.locale());
            insert.setInt(6, r.hits());
            insert.setString(7, r.topIds());
            insert.setString(8, r.who().visitor());
            insert.setString(9, r.who().username());
            insert.setString(10, r.who().role());
            insert.setBoolean(11, r.who().staff());
            insert.setBoolean(12, r.who().bot());
            insert.setString(13, r.channel());
            insert.addBatch();
          } else {
            refine.setObject(1, r.at());
            refine.setString(2, r.query());
            refine.setString(3, SearchLog.normalize(r.query()));
            refine.setString(4, r.locale());
            refine.setInt(5, r.hits());
            refine.setString(6, r.topIds());
            refine.setLong(7, r.id());
            refine.addBatch();
          }
        }
        insert.executeBatch();
        refine.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }
}
