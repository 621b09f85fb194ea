package kb.web.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket (Bucket4j) per client address for one purpose, such as failed sign-ins or
 * searches. The buckets live on this node; the least recently seen are forgotten beyond {@value
 * #MAX_ADDRESSES} addresses, so a flood of fresh addresses cannot exhaust memory.
 */
public final class AddressBuckets {

  static final int MAX_ADDRESSES = 50_000;

  private final long capacity;
  private final Duration refillPeriod;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  /** Up to {@code capacity} at once, refilled evenly, {@code capacity} per {@code period}. */
  public AddressBuckets(long capacity, Duration period) {
    this.capacity = capacity;
    this.refillPeriod = period;
  }

  /** Takes one token; false (and nothing taken) when the address has none left. */
  public boolean tryTake(String address) {
    return bucket(address).tryConsume(1);
  }

  /** Takes one token whether or not one is left (the balance may go below zero). */
  public void take(String address) {
    bucket(address).consumeIgnoringRateLimits(1);
  }

  /** Seconds until the address has a token again; 0 when it has one now. */
  public long secondsToWait(String address) {
    long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
    return nanos == 0 ? 0 : Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
  }

  private synchronized Bucket bucket(String address) {
    return buckets.computeIfAbsent(
        address,
        a ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, refillPeriod)
                        .build())
                .build());
  }
}
