package kb.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.articles.ArticleService;
import kb.articles.ArticlesChanged;
import kb.shared.i18n.Locales;

/**
 * Keeps the index in line with the articles: each committed change replaces the article's documents
 * (published translations in, everything else out). A failed transaction fires nothing here, so the
 * index never shows what the database does not hold.
 */
@ApplicationScoped
public class ArticleIndexer {

  private static final Logger LOG = Logger.getLogger(ArticleIndexer.class.getName());

  @Inject SearchIndex index;
  @Inject ArticleService articles;
  @Inject jakarta.enterprise.inject.Instance<DocumentSource> sources;

  void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged event) {
    if (!index.isOpen()) {
      return; // before the index opens at startup; the startup step reconciles afterwards
    }
    List<ArticleDocument> upserts = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (ArticlesChanged.Snapshot s : event.articles()) {
      List<ArticleDocument> docs = documents(s);
      upserts.addAll(docs);
      for (String locale : Locales.SUPPORTED) {
        if (docs.stream().noneMatch(d -> d.getLocale().equals(locale))) {
          removed.add(ArticleDocument.id(s.slug(), locale));
        }
      }
    }
    try {
      index.update(upserts, removed);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "search index update failed; a re-index from the admin page repairs it", e);
    }
  }

  /** Rebuilds the whole index from the database, reporting (documents written, total). */
  /** Articles read from the database per step of a rebuild. */
  static final int REBUILD_BATCH = 500;

  public int rebuild(java.util.function.BiConsumer<Integer, Integer> progress) {
    int total = (int) expected();
    progress.accept(0, total);
    int written = 0;
    index.beginRebuild();
    String after = "";
    List<ArticlesChanged.Snapshot> batch;
    do {
      batch = articles.publishedSnapshotsAfter(after, REBUILD_BATCH);
      List<ArticleDocument> docs = batch.stream().flatMap(s -> documents(s).stream()).toList();
      index.add(docs);
      written += docs.size();
      progress.accept(written, Math.max(total, written));
      if (!batch.isEmpty()) {
        after = batch.get(batch.size() - 1).slug();
      }
    } while (batch.size() == REBUILD_BATCH);
    int[] more = {written};
    for (DocumentSource source : sources) {
      source.all(
          docs -> {
            index.add(docs);
            more[0] += docs.size();
            progress.accept(more[0], Math.max(total, more[0]));
          });
    }
    written = more[0];
    index.finishRebuild();
    return written;
  }

  /** Whether the index holds exactly as many documents as the database has to show. */
  public boolean inSync() {
    return index.count() == expected();
  }

  private long expected() {
    long n = articles.publishedTranslationCount();
    for (DocumentSource source : sources) {
      n += source.count();
    }
    return n;
  }

  static List<ArticleDocument> documents(ArticlesChanged.Snapshot s) {
    return s.published().stream()
        .map(
            t ->
                new ArticleDocument(
                    s.slug(), t.locale(), t.title(), t.body(), t.tags(), s.category()))
        .toList();
  }
}
