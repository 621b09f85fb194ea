package kb.shared.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The site's configuration (DESIGN §4), read through MicroProfile Config so that every key can be
 * set as an environment variable ({@code KB_DATA_DIR}) or a system property ({@code kb.data.dir}).
 *
 * <p>It is a plain value read on demand rather than a CDI bean because the data source needs it
 * before CDI is ready.
 */
public final class KbConfig {

  private final Config config;

  private KbConfig(Config config) {
    this.config = config;
  }

  /** The configuration of the application that loaded this class. */
  public static KbConfig current() {
    return new KbConfig(ConfigProvider.getConfig(KbConfig.class.getClassLoader()));
  }

  public Path dataDir() {
    return Path.of(string("kb.data.dir").orElse("./data")).toAbsolutePath().normalize();
  }

  public Optional<Path> contentDir() {
    return string("kb.content.dir").map(Path::of);
  }

  public Optional<String> dbUrl() {
    return string("kb.db.url");
  }

  public String dbUser() {
    return string("kb.db.user").orElse("");
  }

  public String dbPassword() {
    return string("kb.db.password").orElse("");
  }

  public boolean usesPostgres() {
    return dbUrl().map(url -> url.startsWith("jdbc:postgresql:")).orElse(false);
  }

  public String host() {
    return string("kb.host").orElse("127.0.0.1");
  }

  /** Demo mode defaults to on with H2 and off with PostgreSQL. */
  public boolean demoRequested() {
    return string("kb.demo").map(Boolean::parseBoolean).orElse(!usesPostgres());
  }

  /** True when demo mode was set explicitly, which is what binding beyond loopback requires. */
  public boolean demoExplicit() {
    return string("kb.demo").isPresent();
  }

  public boolean bindsLoopbackOnly() {
    String host = host();
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  /**
   * How long after a search the visitor may still click, ask or vote before the gap report judges
   * it: the length of a visit.
   */
  public Duration gapVisit() {
    return string("kb.gaps.visit").map(Duration::parse).orElse(DEFAULT_VISIT);
  }

  /** How often the gap report reads new searches from the log. */
  public Duration gapInterval() {
    return string("kb.gaps.interval").map(Duration::parse).orElse(Duration.ofMinutes(1));
  }

  public static final Duration DEFAULT_VISIT = Duration.ofMinutes(30);

  /** A whole number from configuration, or {@code fallback} when unset or not a number. */
  public int integer(String key, int fallback) {
    try {
      return string(key).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** A switch from configuration ({@code true}/{@code false}), or {@code fallback} when unset. */
  public boolean flag(String key, boolean fallback) {
    return string(key).map(Boolean::parseBoolean).orElse(fallback);
  }

  /** A comma-separated list from configuration, or {@code fallback} when unset. */
  public java.util.List<String> list(String key, java.util.List<String> fallback) {
    return string(key)
        .map(
            v ->
                java.util.Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList())
        .orElse(fallback);
  }

  /** Any other configured value, for features that parse their own. */
  public Optional<String> value(String key) {
    return string(key);
  }

  private Optional<String> string(String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }
}
