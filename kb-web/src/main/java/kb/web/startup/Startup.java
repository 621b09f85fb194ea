package kb.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kb.accounts.DemoAccounts;
import kb.gaps.GapJob;
import kb.search.ArticleIndexer;
import kb.search.SearchIndex;
import kb.search.SynonymFile;
import kb.search.SynonymService;
import kb.shared.config.KbConfig;
import kb.shared.persistence.SchemaMigrator;

/**
 * The start-up sequence in one place: migrate the database, import {@code content/}, seed the demo
 * accounts, check the search index. Each step logs what it did and how long it took; a step that
 * fails stops the deployment rather than serving a half-ready site.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Resource(lookup = "java:app/jdbc/kb")
  DataSource dataSource;

  @Inject DemoAccounts demoAccounts;

  @Inject kb.accounts.AccountService accounts;

  @Inject kb.search.SearchLogRetention retention;

  /** Runs the gap aggregation; every node schedules it, the cursor lock lets one work at a time. */
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject GapJob gapJob;

  @Inject ContentStep contentStep;

  @Inject SearchIndex searchIndex;

  @Inject ArticleIndexer articleIndexer;

  @Inject SynonymService synonyms;

  @Inject kb.forum.DemoCommunity demoCommunity;

  @Inject kb.forum.ForumImport forumImport;

  @Inject kb.tickets.EscalationRules escalationRules;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    KbConfig config = KbConfig.current();
    long started = System.nanoTime();
    LOG.info(
        () ->
            "KB starting: database "
                + (config.usesPostgres() ? "PostgreSQL" : "H2 in " + config.dataDir())
                + ", demo mode "
                + config.demoRequested());
    step("migrate", () -> SchemaMigrator.migrate(dataSource) + " migration(s) applied");
    boolean rebuild = searchIndex.open();
    step("import content", () -> contentStep.run((ServletContext) event));
    step("synonyms", () -> seedSynonyms((ServletContext) event));
    step("search index", () -> index(rebuild));
    step("demo accounts", () -> seedDemo(config));
    step("administrator", () -> firstAdministrator(config));
    step("demo community", () -> seedCommunity(config, (ServletContext) event));
    step("gap report", () -> scheduleGaps(config));
    step("forum import", () -> importForum(config));
    step("escalation rules", () -> scheduleRules(config));
    step("search log retention", this::scheduleRetention);
    LOG.info(() -> "KB ready in " + millis(started) + " ms");
  }

  /** Seeds the shipped synonym groups once; editors own them afterwards. */
  private String seedSynonyms(ServletContext context) {
    try {
      int n = synonyms.seed(SynonymFile.read(contentStep.folder(context)));
      return n == 0 ? "kept the groups in the database" : n + " default group(s) seeded";
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warning(() -> "synonyms.yml not seeded: " + e.getMessage());
      return "not seeded (" + e.getMessage() + ")";
    }
  }

  /** Rebuilds the index from the database when it is new, unreadable, outdated or out of step. */
  private String index(boolean rebuild) {
    if (!rebuild && articleIndexer.inSync()) {
      return "up to date, " + searchIndex.count() + " document(s)";
    }
    return "rebuilt from the database, "
        + articleIndexer.rebuild((done, total) -> {})
        + " document(s)";
  }

  /** Every node schedules the rules; the cursor row lock lets one node at a time run them. */
  private String scheduleRules(KbConfig config) {
    java.time.Duration every =
        config
            .value("kb.tickets.rules-interval")
            .map(java.time.Duration::parse)
            .orElse(java.time.Duration.ofMinutes(1));
    scheduler.scheduleWithFixedDelay(
        escalationRules::runScheduled, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return "running every " + every;
  }

  /** Daily, on every node: the updates are idempotent. */
  private String scheduleRetention() {
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            kb.search.SearchLogRetention.Result r = retention.apply(java.time.OffsetDateTime.now());
            LOG.info(() -> "search log retention: " + r);
          } catch (RuntimeException e) {
            LOG.warning(() -> "search log retention failed: " + e);
          }
        },
        1,
        24 * 60,
        TimeUnit.MINUTES);
    return "usernames kept "
        + retention.usernameKept().toDays()
        + " days, visitors "
        + retention.visitorKept().toDays()
        + " days, applied daily";
  }

  private String scheduleGaps(KbConfig config) {
    long every = config.gapInterval().toMillis();
    scheduler.scheduleWithFixedDelay(gapJob::runScheduled, every, every, TimeUnit.MILLISECONDS);
    return "aggregating every " + config.gapInterval() + ", visits of " + config.gapVisit();
  }

  private String seedDemo(KbConfig config) {
    if (!config.demoRequested()) {
      return "demo mode off";
    }
    if (!config.bindsLoopbackOnly() && !config.demoExplicit()) {
      throw new IllegalStateException(
          "Demo accounts have a published password: refusing them on "
              + config.host()
              + ". Set KB_DEMO=true to allow it explicitly, or KB_DEMO=false.");
    }
    return demoAccounts.seed() + " demo account(s) created";
  }

  /**
   * A site with no administrator gets one on its first start: {@code admin} with the password in
   * {@code KB_ADMIN_PASSWORD}, or else a random one written to this log once. No published password
   * ever reaches a production site (demo passwords work only from this machine).
   */
  private String firstAdministrator(KbConfig config) {
    if (accounts.hasAdministrator()) {
      return "present";
    }
    String username = config.value("kb.admin.username").orElse("admin");
    String email = config.value("kb.admin.email").orElse(username + "@localhost.invalid");
    java.util.Optional<String> configured = config.value("kb.admin.password");
    String password = configured.orElseGet(() -> kb.accounts.Tokens.random().substring(0, 24));
    try {
      accounts.createAdministrator(username, email, password);
    } catch (kb.shared.validation.InvalidInput e) {
      throw new IllegalStateException(
          "KB_ADMIN_USERNAME, KB_ADMIN_EMAIL or KB_ADMIN_PASSWORD is refused ("
              + e.messageKey()
              + "): the password needs 12 or more characters and must not be a common one",
          e);
    }
    if (configured.isPresent()) {
      return "created '" + username + "' with the password in KB_ADMIN_PASSWORD";
    }
    LOG.warning(
        () ->
            "First start: administrator '"
                + username
                + "' created with the one-time password "
                + password
                + " — sign in and change it at /account/profile.xhtml");
    return "created '" + username + "' with a one-time password (see the warning above)";
  }

  /** Seeds the demo community's threads on a demo site's first start. */
  private String seedCommunity(KbConfig config, ServletContext context) {
    if (!config.demoRequested()) {
      return "demo mode off";
    }
    try {
      int n = demoCommunity.seed(contentStep.folder(context));
      return n == 0 ? "kept the community in the database" : n + " demo thread(s) seeded";
    } catch (java.io.IOException | RuntimeException e) {
      LOG.warning(() -> "demo community not seeded: " + e);
      return "not seeded (" + e.getMessage() + ")";
    }
  }

  /**
   * Imports a real forum's threads in the background when {@code KB_FORUM_IMPORT} names a Qatar
   * Living (SemEval-2016 Task 3) file; threads imported before are skipped.
   */
  private String importForum(KbConfig config) {
    java.util.Optional<String> file = config.value("kb.forum.import");
    if (file.isEmpty()) {
      return "none configured";
    }
    java.nio.file.Path path = java.nio.file.Path.of(file.get());
    if (!java.nio.file.Files.isRegularFile(path)) {
      return "no file at " + path;
    }
    scheduler.submit(
        () -> {
          try {
            forumImport.run(path);
          } catch (java.io.IOException | RuntimeException e) {
            LOG.warning(() -> "forum import from " + path + " failed: " + e);
          }
        });
    return "importing " + path + " in the background";
  }

  private static void step(String name, Supplier<String> action) {
    long started = System.nanoTime();
    String result = action.get();
    LOG.info(() -> "startup step '" + name + "': " + result + " (" + millis(started) + " ms)");
  }

  private static long millis(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
