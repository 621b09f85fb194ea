package kb.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import kb.search.SearchIndex;
import kb.search.SearchLogEntry;
import kb.search.SynonymService;

/**
 * Reads the search log forward from where it last stopped, a batch at a time, and adds each settled
 * search (its visit over) to the daily counts, and each failed one to its gap. Every batch locks
 * the cursor row and advances it in the same transaction as the counts it wrote, so each search is
 * counted exactly once however many nodes run the aggregation at the same moment.
 */
@ApplicationScoped
public class GapAggregator {

  static final int BATCH = 5000;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject SearchIndex index;
  @Inject SynonymService synonyms;
  @Inject Clock clock;
  @Inject kb.search.SearchLog searchLog;

  /** Reads up to one batch of the searches made before {@code cutoff}; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int step(OffsetDateTime cutoff) {
    searchLog.flush();
    GapCursor cursor = em.find(GapCursor.class, GapCursor.ID, LockModeType.PESSIMISTIC_WRITE);
    // The batch writes with native statements; flushing before each of them would re-check every
    // managed entity each time (quadratic). GapBatch flushes once, before it writes.
    em.setFlushMode(FlushModeType.COMMIT);
    List<SearchLogEntry> entries =
        em.createQuery(
                "select e from SearchLogEntry e where e.searchedAt < :cutoff and (e.searchedAt >"
                    + " :t or (e.searchedAt = :t and e.id > :id)) order by e.searchedAt, e.id",
                SearchLogEntry.class)
            .setParameter("cutoff", cutoff)
            .setParameter("t", cursor.readTo())
            .setParameter("id", cursor.readToId())
            .setMaxResults(BATCH)
            .setHint("eclipselink.read-only", "true") // read, never changed: not tracked
            .getResultList();
    if (entries.isEmpty()) {
      return 0;
    }
    GapBatch batch =
        new GapBatch(em, new GapTerms(index, synonyms.current()), OffsetDateTime.now(clock));
    batch.addAll(entries);
    batch.write();
    SearchLogEntry last = entries.get(entries.size() - 1);
    cursor.advance(last.searchedAt(), last.id());
    return entries.size();
  }
}
