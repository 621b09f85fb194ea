package kb.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-model load: requests start at a fixed rate whatever the server's speed (so a slow answer
 * cannot hide the ones queued behind it), and each latency is measured from the moment the request
 * was due. Usage: {@code OpenLoad <url-with-%s-for-the-query> <requests/s> <seconds> [--pairs]
 * <query>...}; with {@code --pairs} each request asks a new pair of the given words, so no cached
 * result helps. Prints p50, p90, p99, max and the errors.
 */
public final class OpenLoad {

  private OpenLoad() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    boolean pairs = args[3].equals("--pairs");
    List<String> queries = Arrays.asList(args).subList(pairs ? 4 : 3, args.length);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    int total = rate * seconds;
    long[] latency = new long[total];
    AtomicInteger errors = new AtomicInteger();
    CompletableFuture<?>[] all = new CompletableFuture<?>[total];
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
      String text = queries.get(i % queries.size()).replace('+', ' ');
      if (pairs) { // a new two-word query for each request, until every pair was asked once
        text += " " + queries.get((i / queries.size()) % queries.size());
      }
      String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url.formatted(q)))
              .timeout(Duration.ofSeconds(30))
              .build();
      int index = i;
      all[i] =
          http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .handle(
                  (r, e) -> {
                    latency[index] = System.nanoTime() - due;
                    if (e != null || r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  });
    }
    CompletableFuture.allOf(all).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latency);
    System.out.printf(
        "open model %d req/s for %d s: %d requests in %.1f s, errors %d%n"
            + "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        rate,
        seconds,
        total,
        elapsed,
        errors.get(),
        ms(latency, 0.50),
        ms(latency, 0.90),
        ms(latency, 0.99),
        latency[total - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
  }
}
