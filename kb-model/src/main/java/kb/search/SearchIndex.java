package kb.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import kb.shared.config.KbConfig;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * The Lucene index on local disk ({@code KB_DATA_DIR/index}) and the one {@link SearchMapping} over
 * it: built when the application starts, closed when it stops (also from a JVM shutdown hook,
 * because Payara Micro does not undeploy on SIGTERM). An index written by another mapping version,
 * or one that cannot be read, is wiped and reported as needing a rebuild from the database.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  private static final String MARKER = "kb-mapping-version";
  private static final int BATCH = 500;

  private volatile CloseableSearchMapping mapping;
  private volatile IndexReader reader;
  private volatile boolean readerStale = true;
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();
  private Path directory;
  private boolean hookInstalled;
  private volatile Embeddings embeddings = Embeddings.english();

  /** Opens the index; {@code true} when it is new or was unusable and must be rebuilt. */
  public synchronized boolean open() {
    KbConfig config = KbConfig.current();
    embeddings = config.flag("kb.search.vectors", true) ? Embeddings.english() : Embeddings.OFF;
    return open(config.dataDir().resolve("index"));
  }

  /** The sentence embeddings documents are indexed with and queries compared by. */
  public Embeddings embeddings() {
    return embeddings;
  }

  /**
   * Lexical search only, or with vectors (tests and the evaluation harness); documents are indexed
   * with the vectors of the embeddings in use when they are written.
   */
  public void useEmbeddings(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  /** Opens an index in the given directory (tests, the evaluation harness). */
  public synchronized boolean open(Path dir) {
    close();
    directory = dir;
    boolean current = version().equals(readMarker());
    if (!current) {
      wipe();
    }
    try {
      mapping = build(dir);
      if (current) {
        count();
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "search index in " + dir + " is unreadable, rebuilding it: " + e);
      close();
      wipe();
      mapping = build(dir);
      current = false;
    }
    if (!hookInstalled) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::close, "kb-search-index-close"));
      hookInstalled = true;
    }
    return !current;
  }

  /**
   * A number that moves whenever the searchable documents change (an update, a rebuild, a reopen):
   * what is derived from the index, such as cached results and corrections, is valid for one.
   */
  public long generation() {
    return generation.get();
  }

  public boolean isOpen() {
    return mapping != null;
  }

  public SearchMapping mapping() {
    SearchMapping m = mapping;
    if (m == null) {
      throw new IllegalStateException("the search index is not open");
    }
    return m;
  }

  /** The tokens the index holds for this text in this language (for matching synonyms). */
  public List<String> analyze(String locale, String text) {
    return analyzeWith(Analyzers.of(locale), text);
  }

  /** The tokens a named analyzer makes of this text. */
  public List<String> analyzeWith(String analyzerName, String text) {
    Analyzer analyzer =
        mapping()
            .backend()
            .unwrap(LuceneBackend.class)
            .analyzer(analyzerName)
            .orElseThrow(() -> new IllegalStateException("no analyzer " + analyzerName));
    List<String> tokens = new java.util.ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /**
   * Runs work against a shared reader of the index (for word statistics and spelling): reopened
   * lazily after the index changed, reference-counted so a swap never closes a reader in use.
   */
  public <T> T withReader(java.util.function.Function<IndexReader, T> work) {
    IndexReader r = acquireReader();
    try {
      return work.apply(r);
    } finally {
      try {
        r.decRef();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private IndexReader acquireReader() {
    IndexReader r = reader;
    if (r != null && !readerStale && r.tryIncRef()) {
      return r;
    }
    synchronized (this) {
      if (reader == null || readerStale) {
        IndexReader fresh =
            mapping()
                .scope(ArticleDocument.class)
                .extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                .openIndexReader();
        readerStale = false;
        releaseReader();
        reader = fresh;
      }
      reader.incRef();
      return reader;
    }
  }

  private synchronized void releaseReader() {
    IndexReader old = reader;
    reader = null;
    if (old != null) {
      try {
        old.decRef();
      } catch (IOException e) {
        LOG.warning(() -> "closing an index reader failed: " + e);
      }
    }
  }

  /**
   * How many documents hold a term in a field, and how many hold the field at all: the statistics
   * of a term's inverse document frequency.
   */
  public long[] frequency(String field, String term) {
    return withReader(
        r -> {
          try {
            return new long[] {
              r.docFreq(new org.apache.lucene.index.Term(field, term)), r.getDocCount(field)
            };
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Documents in the index. */
  public long count() {
    try (SearchSession s = mapping().createSession()) {
      return s.search(ArticleDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }

  /** Replaces the whole index with these documents, reporting progress as documents are written. */
  public void rebuild(List<ArticleDocument> documents, IntConsumer progress) {
    beginRebuild();
    for (int from = 0; from < documents.size(); from += BATCH) {
      add(documents.subList(from, Math.min(documents.size(), from + BATCH)));
      progress.accept(Math.min(documents.size(), from + BATCH));
    }
    finishRebuild();
  }

  /**
   * A rebuild in steps, for callers that stream documents from the database: empties the index and
   * removes its version marker, so a rebuild cut short is redone at the next start.
   */
  public void beginRebuild() {
    deleteMarker();
    mapping().scope(ArticleDocument.class).workspace().purge();
  }

  /** Adds documents during a rebuild (written, not yet committed or visible). */
  public void add(List<ArticleDocument> documents) {
    for (int from = 0; from < documents.size(); from += BATCH) {
      write(
          documents.subList(from, Math.min(documents.size(), from + BATCH)),
          List.of(),
          IndexingPlanSynchronizationStrategy.writeSync());
    }
  }

  /** Commits a rebuild, makes it visible and marks the index with the mapping version. */
  public void finishRebuild() {
    mapping().scope(ArticleDocument.class).workspace().flush();
    mapping().scope(ArticleDocument.class).workspace().refresh();
    readerStale = true;
    generation.incrementAndGet();
    writeMarker();
  }

  /** Adds or replaces some documents and removes others, visible to searches on return. */
  public void update(Collection<ArticleDocument> upserts, Collection<String> removedIds) {
    write(upserts, removedIds, IndexingPlanSynchronizationStrategy.sync());
    readerStale = true;
    generation.incrementAndGet();
  }

  private void write(
      Collection<ArticleDocument> upserts,
      Collection<String> removedIds,
      IndexingPlanSynchronizationStrategy strategy) {
    try (SearchSession s =
        mapping()
            .createSessionWithOptions()
            .indexingPlanSynchronizationStrategy(strategy)
            .build()) {
      embeddings.fill(List.copyOf(upserts));
      upserts.forEach(d -> s.indexingPlan().addOrUpdate(d));
      removedIds.forEach(id -> s.indexingPlan().purge(ArticleDocument.class, id, null));
    }
  }

  @PreDestroy
  public synchronized void close() {
    releaseReader();
    generation.incrementAndGet();
    readerStale = true;
    CloseableSearchMapping m = mapping;
    mapping = null;
    if (m != null) {
      m.close();
    }
  }

  private static CloseableSearchMapping build(Path dir) {
    return SearchMapping.builder(AnnotatedTypeSource.fromClasses(java.util.Set.of()))
        .properties(
            Map.of(
                "hibernate.search.mapping.configurer",
                new MappingConfigurer(),
                "hibernate.search.backend.analysis.configurer",
                new Analyzers(),
                "hibernate.search.backend.directory.root",
                dir.toString(),
                "hibernate.search.backend.lucene_version",
                "LATEST",
                "hibernate.search.schema_management.strategy",
                "create-or-validate"))
        .build();
  }

  /** The mapping's version, and whether documents carry vectors: either change means a rebuild. */
  private String version() {
    return MappingConfigurer.VERSION + (embeddings.covers(Embeddings.LOCALE) ? "+vectors" : "");
  }

  private String readMarker() {
    try {
      Path marker = directory.resolve(MARKER);
      return Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private void writeMarker() {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(MARKER), version());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteMarker() {
    try {
      Files.deleteIfExists(directory.resolve(MARKER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void wipe() {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
