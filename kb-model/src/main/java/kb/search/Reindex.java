package kb.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A mass re-index started by an administrator, run in the background on a managed thread; its
 * progress is polled by the admin page. One at a time per node (each node has its own index).
 */
@ApplicationScoped
public class Reindex {

  private static final Logger LOG = Logger.getLogger(Reindex.class.getName());

  /** Where a rebuild stands; {@code error} is set when it failed. */
  public record State(
      boolean running, int done, int total, long millis, String error, long startedAtMillis) {

    public static final State IDLE = new State(false, 0, 0, 0, null, 0);

    public int percent() {
      if (running && total == 0) {
        return 0;
      }
      return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100L / total);
    }

    public boolean finished() {
      return !running && startedAtMillis > 0;
    }
  }

  @Inject ArticleIndexer indexer;
  @Inject kb.accounts.Access access;
  @Inject kb.accounts.AuditLog audit;

  @Resource ManagedExecutorService executor;

  private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);

  public State state() {
    return state.get();
  }

  /** Starts a rebuild (administrators); {@code false} when one is already running. */
  public boolean start(kb.accounts.Actor admin) {
    access.require(admin, kb.accounts.Action.ADMINISTER);
    long started = System.currentTimeMillis();
    State running = new State(true, 0, 0, 0, null, started);
    State current = state.get();
    if (current.running() || !state.compareAndSet(current, running)) {
      return false;
    }
    audit.record(
        kb.accounts.AuditKind.SETTING_CHANGED, admin.username(), null, null, "search re-index");
    executor.submit(
        () -> {
          long t0 = System.nanoTime();
          try {
            int n =
                indexer.rebuild(
                    (done, total) -> state.set(new State(true, done, total, 0, null, started)));
            state.set(new State(false, n, n, (System.nanoTime() - t0) / 1_000_000, null, started));
            LOG.info(() -> "search index rebuilt: " + n + " document(s)");
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "search index rebuild failed", e);
            State s = state.get();
            state.set(
                new State(false, s.done(), s.total(), 0, String.valueOf(e.getMessage()), started));
          }
        });
    return true;
  }
}
