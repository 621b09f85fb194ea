package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import kb.shared.config.KbConfig;
import kb.web.shared.AddressBuckets;

/**
 * Keeps password checking from being a way to burn this server's CPU or to guess at scale.
 *
 * <ul>
 *   <li>Failed sign-ins are counted per client address ({@code KB_SIGNIN_FAILURES_PER_10_MIN}, 10
 *       by default): beyond that the address is refused without a password check until its bucket
 *       refills, whatever account it tries. The account itself slows down separately (in the
 *       database, see {@code Account}).
 *   <li>At most {@link #concurrentChecks()} password hashes run at once (one per core); a check
 *       that cannot start within {@value #WAIT_SECONDS} seconds is answered "busy" rather than
 *       queued without bound.
 * </ul>
 */
@ApplicationScoped
public class SignInGuard {

  static final int WAIT_SECONDS = 5;

  private final AddressBuckets failures =
      new AddressBuckets(
          KbConfig.current().integer("kb.signin.failures-per-10-min", 10), Duration.ofMinutes(10));

  private final Semaphore hashes = new Semaphore(concurrentChecks(), true);

  static int concurrentChecks() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /** Seconds the address must wait before its next sign-in is checked; 0 when it may go on. */
  public long secondsToWait(String address) {
    return failures.secondsToWait(address);
  }

  public void failed(String address) {
    failures.take(address);
  }

  /** Runs a password check when a slot frees up in time; false when the server is too busy. */
  public boolean check(Runnable passwordCheck) {
    try {
      if (!hashes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      passwordCheck.run();
      return true;
    } finally {
      hashes.release();
    }
  }
}
