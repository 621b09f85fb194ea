package kb.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.search.SearchIndex;
import kb.shared.config.KbConfig;

/**
 * The scheduled aggregation: reads every search whose visit is over ({@code kb.gaps.visit} ago),
 * batch by batch, then checks what was published since against the open gaps ({@link GapRechecks}).
 * Any node may run it; the cursor lock makes the runs take turns.
 */
@ApplicationScoped
public class GapJob {

  private static final Logger LOG = Logger.getLogger(GapJob.class.getName());

  @Inject GapAggregator aggregator;
  @Inject GapRechecks rechecks;
  @Inject SearchIndex index;
  @Inject Clock clock;

  /** Aggregates everything settled; returns the number of searches read. */
  public synchronized long run() {
    if (!index.isOpen()) {
      return 0; // terms need the index: the next run catches up
    }
    OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(KbConfig.current().gapVisit());
    long read = 0;
    int n;
    do {
      n = aggregator.step(cutoff);
      read += n;
    } while (n == GapAggregator.BATCH);
    while (rechecks.step() == GapRechecks.BATCH) {
      // more publications waiting: check the next batch
    }
    return read;
  }

  /** {@link #run} for the scheduler: a failure is logged, and the next run tries again. */
  public void runScheduled() {
    try {
      long started = System.nanoTime();
      long read = run();
      if (read > 0) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "gap report: " + read + " search(es) aggregated in " + ms + " ms");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gap aggregation failed; the next run retries", e);
    }
  }
}
