package kb.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import kb.articles.ArticlesChanged;
import kb.forum.ForumEvents.ThreadChanged;
import kb.search.SynonymService;

/**
 * The rendered public pages, per URL and language, in memory. Nothing is ever looked for in a stale
 * page: each page remembers the generation of the articles (and, if it lists threads, of the
 * threads) it was rendered at, and the generations move on every committed change of what such
 * pages show — published articles and translations, categories (they change with articles),
 * synonyms, searchable threads. The change is also published to the other nodes of the cluster
 * ({@link ClusterInvalidation}) so no node serves a page older than the change. Pages also expire
 * after {@link #MAX_AGE}, for what changes without an event: view counts behind "popular".
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  /** Written where a results page shows its search's id; replaced per request. */
  public static final String SEARCH_ID_SLOT = "kb-search-id-slot-7f3a";

  static final Duration MAX_AGE = Duration.ofSeconds(60);
  static final int MAX_PAGES = 2_000;

  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong threads = new AtomicLong();
  private final Map<String, CachedPage> pages =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedPage> eldest) {
          return size() > MAX_PAGES;
        }
      };
  private ClusterInvalidation cluster;

  @PostConstruct
  void start() {
    cluster = ClusterInvalidation.join(this::apply);
  }

  /** A fresh page for the key, or null. */
  CachedPage get(String key) {
    CachedPage page;
    synchronized (pages) {
      page = pages.get(key);
    }
    if (page == null || !current(page)) {
      return null;
    }
    return page;
  }

  /** Keeps a page rendered at the given generations, unless they moved on meanwhile. */
  void put(String key, CachedPage page) {
    if (!current(page)) {
      return;
    }
    synchronized (pages) {
      pages.put(key, page);
    }
  }

  long articlesGeneration() {
    return articles.get();
  }

  long threadsGeneration() {
    return threads.get();
  }

  private boolean current(CachedPage page) {
    return page.articles() == articles.get()
        && (page.threads() < 0 || page.threads() == threads.get())
        && page.created().isAfter(Instant.now().minus(MAX_AGE));
  }

  void onArticles(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged event) {
    invalidate(ClusterInvalidation.ARTICLES);
  }

  void onSynonyms(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymService.Changed e) {
    invalidate(ClusterInvalidation.ARTICLES);
  }

  void onThread(@Observes(during = TransactionPhase.AFTER_SUCCESS) ThreadChanged event) {
    invalidate(ClusterInvalidation.THREADS);
  }

  /** Drops the pages showing this kind of content here and on every other node. */
  public void invalidate(String kind) {
    apply(kind);
    cluster.publish(kind);
  }

  private void apply(String kind) {
    if (ClusterInvalidation.THREADS.equals(kind)) {
      threads.incrementAndGet();
    } else {
      articles.incrementAndGet();
      LOG.fine("page cache: articles changed");
    }
  }
}
