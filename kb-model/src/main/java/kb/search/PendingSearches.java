package kb.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Searches logged but not yet written: a bounded queue between the request threads and the one
 * thread that writes the log. A search answers without waiting for the database; when the writer
 * falls behind and the queue is full, a row is dropped and counted rather than slowing searches.
 * Typed refinements ("ref", "refund", "refund late" within {@link SearchLog#MERGE_WINDOW}) are
 * merged here, against the visitor's last search in memory, so the log counts searches, not
 * keystrokes, without reading the database on every search.
 */
final class PendingSearches {

  /** One row to write: new ({@code insert}) or a refinement of a row written or queued before. */
  record Row(
      long id,
      boolean insert,
      Searcher who,
      String channel,
      String query,
      String locale,
      int hits,
      String topIds,
      OffsetDateTime at) {}

  private record Recent(long id, String normalized, OffsetDateTime at) {}

  private final BlockingQueue<Row> queue;
  private final Map<String, Recent> recent = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private final LongSupplier ids;

  PendingSearches(int capacity, LongSupplier ids) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.ids = ids;
  }

  /** Queues a search; its id is the visitor's previous search when this one refines it. */
  long add(
      Searcher who,
      String channel,
      String query,
      String locale,
      int hits,
      String topIds,
      OffsetDateTime at) {
    String normalized = SearchLog.normalize(query);
    Recent last = recent.get(who.visitor());
    boolean refines =
        last != null
            && !last.at().isBefore(at.minus(SearchLog.MERGE_WINDOW))
            && SearchLog.refines(last.normalized(), normalized);
    long id = refines ? last.id() : ids.getAsLong();
    recent.put(who.visitor(), new Recent(id, normalized, at));
    if (!queue.offer(new Row(id, !refines, who, channel, query, locale, hits, topIds, at))) {
      dropped.incrementAndGet();
    }
    return id;
  }

  /** A clicked search is finished: the next one starts a new row. */
  void clicked(String visitor, long id) {
    recent.computeIfPresent(visitor, (v, r) -> r.id() == id ? null : r);
  }

  /**
   * Takes what is queued, merged so that each id appears once: a refinement of a row queued in the
   * same batch rewrites that row instead of following it.
   */
  List<Row> drain(int max) {
    List<Row> taken = new ArrayList<>();
    queue.drainTo(taken, max);
    Map<Long, Row> byId = new LinkedHashMap<>();
    for (Row r : taken) {
      Row before = byId.get(r.id());
      boolean insert = r.insert() || (before != null && before.insert());
      Searcher who = before != null && before.insert() ? before.who() : r.who();
      String channel = before != null && before.insert() ? before.channel() : r.channel();
      byId.put(
          r.id(),
          new Row(
              r.id(), insert, who, channel, r.query(), r.locale(), r.hits(), r.topIds(), r.at()));
    }
    return new ArrayList<>(byId.values());
  }

  /** Forgets visitors whose last search is older than the merge window. */
  void expire(OffsetDateTime now, Duration window) {
    OffsetDateTime cutoff = now.minus(window);
    recent.values().removeIf(r -> r.at().isBefore(cutoff));
  }

  int queued() {
    return queue.size();
  }

  long dropped() {
    return dropped.get();
  }
}
