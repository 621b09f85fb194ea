package kb.shared.persistence;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One background thread that runs a flush every few hundred milliseconds, on demand ({@link
 * #now()}, which waits for it), when the application stops, and from a JVM shutdown hook: Payara
 * Micro does not undeploy on SIGTERM, and what request threads queued for the database must not be
 * lost with the process. Work is written off the request thread, so a request never waits for it.
 */
public final class PeriodicFlush {

  private final ScheduledExecutorService thread;
  private final Runnable flush;
  private final Thread hook;

  public PeriodicFlush(ThreadFactory threads, String name, long everyMillis, Runnable flush) {
    this.flush = flush;
    this.thread = Executors.newSingleThreadScheduledExecutor(threads);
    this.thread.scheduleWithFixedDelay(flush, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    this.hook = new Thread(flush, name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Runs the flush on its thread (outside the caller's transaction) and waits for it. */
  public void now() {
    try {
      thread.submit(flush).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      flush.run();
    }
  }

  /** Stops the thread after a last flush. */
  public void stop() {
    thread.shutdown();
    flush.run();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs anyway
    }
  }
}
