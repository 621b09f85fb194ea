package kb.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * Queries the index in the reader's language: a search-box query word by word ({@link
 * RankingQuery}: best field per word, weak words counted little, proximity), a longer one as BM25
 * over title, body and tags; unknown words corrected to the index's nearest words, synonyms of the
 * query as meant, a score cut-off for the tail; then English articles the reader's language lacks,
 * marked as a fallback. Results are kept for repeated searches until the index or the synonyms
 * change.
 */
@ApplicationScoped
public class SearchService {

  public static final int MAX_QUERY = 200;
  static final float TITLE_BOOST = 1.5f;
  static final float TAG_BOOST = 1.5f;
  static final float ALL_BOOST = 1f;
  static final float BODY_BOOST = 1f;
  static final float FOLDED_BOOST = 0.5f;

  static final int MAX_CORRECTED_WORDS = 8;

  /** Results kept for repeated searches, valid until the index or the synonyms change. */
  static final int CACHED_RESULTS = 5_000;

  /** The length of the opening shown when no query word is in an article's body. */
  static final int SNIPPET = 180;

  static final float SYNONYM_WEIGHT = 0.6f;

  /** Hits scoring below this share of the best one are the tail: left out of results and counts. */
  static final float TAIL = 0.15f;

  @Inject SearchIndex index;
  @Inject SynonymService synonymService;
  private Synonyms fixedSynonyms;
  private Corrections corrections;
  private final ResultCache cache = new ResultCache(CACHED_RESULTS);

  public SearchService() {}

  /** A service over a given index and synonyms (tests and the evaluation harness). */
  public SearchService(SearchIndex index, Synonyms synonyms) {
    this.index = index;
    this.fixedSynonyms = synonyms;
    this.corrections = new Corrections(index);
  }

  @PostConstruct
  void init() {
    corrections = new Corrections(index);
  }

  private Synonyms synonyms() {
    return fixedSynonyms != null ? fixedSynonyms : synonymService.current();
  }

  public SearchResults search(String rawQuery, String locale, int size) {
    return search(rawQuery, locale, SearchFilters.NONE, size);
  }

  /**
   * A search as readers make it: validated, ranked, narrowed by the filters, with facet counts
   * (over the unfiltered results, so other choices stay visible) and a suggestion when nothing was
   * found.
   */
  public SearchResults search(String rawQuery, String locale, SearchFilters filters, int size) {
    return search(rawQuery, locale, filters, size, true);
  }

  /**
   * Titles only, for lists that show no snippet (the search box's suggestions while typing):
   * highlighting is most of an uncached search's cost, and these are the most frequent searches.
   */
  public SearchResults suggestions(String rawQuery, String locale, int size) {
    return search(rawQuery, locale, SearchFilters.NONE, size, false);
  }

  private SearchResults search(
      String rawQuery, String locale, SearchFilters filters, int size, boolean snippets) {
    String query = normalize(rawQuery);
    if (query.isEmpty()) {
      throw new InvalidInput("q", "search.query.required");
    }
    if (query.length() > MAX_QUERY) {
      throw new InvalidInput("q", "search.query.tooLong", MAX_QUERY);
    }
    String lang = Locales.isSupported(locale) ? locale : Locales.DEFAULT;
    ResultCache.Key key = new ResultCache.Key(query, lang, filters, size, snippets);
    Synonyms synonyms = synonyms();
    long generation = index.generation();
    SearchResults cached = cache.get(key, generation, synonyms);
    if (cached != null) {
      return cached;
    }
    SearchResults results = compute(query, lang, filters, size, snippets);
    cache.put(key, generation, synonyms, results);
    return results;
  }

  private SearchResults compute(
      String query, String lang, SearchFilters filters, int size, boolean snippets) {
    // narrowed results keep the tail cut of the whole results, so a facet's count is what
    // choosing it shows
    Map<String, Float> best = new HashMap<>();
    List<SearchHit> unfiltered = rank(query, lang, SearchFilters.NONE, SearchResults.CAP, best);
    List<SearchHit> all =
        filters.isEmpty() ? unfiltered : rank(query, lang, filters, SearchResults.CAP, best);
    List<SearchHit> top = all.subList(0, Math.min(size, all.size()));
    List<SearchHit> page = snippets ? withSnippets(top, query) : List.copyOf(top);
    String didYouMean =
        unfiltered.isEmpty()
            ? Spelling.suggest(
                index, query, lang, q -> !rank(q, lang, SearchFilters.NONE, 1).isEmpty())
            : null;
    return new SearchResults(
        query, all.size(), page, SearchResults.facetsOf(unfiltered), didYouMean);
  }

  /**
   * The ranking itself, without validation or logging: the reader's language first, then English
   * articles not already found. Public for the evaluation harness.
   */
  public List<SearchHit> rank(String query, String locale, int max) {
    return rank(query, locale, ARTICLES, max);
  }

  /** The ranking of community threads alone: whether a thread now answers a gap's searches. */
  public List<SearchHit> rankThreads(String query, String locale, int max) {
    return rank(query, locale, THREADS, max);
  }

  /**
   * The articles nearest an article by meaning, closest first, for "related articles"; empty when
   * its language has no vectors or the article is not indexed.
   */
  public List<SearchHit> related(String slug, String locale, int max) {
    if (!index.embeddings().covers(locale)) {
      return List.of();
    }
    String id = ArticleDocument.id(slug, locale);
    try (SearchSession session = index.mapping().createSession()) {
      float[] vector =
          session
              .search(ArticleDocument.class)
              .select(f -> f.field("embedding", float[].class))
              .where(f -> f.id().matching(id))
              .fetchSingleHit()
              .orElse(null);
      if (vector == null) {
        return List.of();
      }
      return neighbours(session, locale, ARTICLES, vector, id).stream()
          .map(Scored::hit)
          .limit(max)
          .toList();
    }
  }

  private static final SearchFilters ARTICLES =
      new SearchFilters(ArticleDocument.ARTICLE, null, null);

  private static final SearchFilters THREADS =
      new SearchFilters(ArticleDocument.QUESTION, null, null);

  private List<SearchHit> rank(String query, String locale, SearchFilters filters, int max) {
    return rank(query, locale, filters, max, new HashMap<>());
  }

  /**
   * @param best the best score per language, which the tail is measured from: taken from these
   *     results when absent, else from the ones that put it there
   */
  private List<SearchHit> rank(
      String query, String locale, SearchFilters filters, int max, Map<String, Float> best) {
    String lang = Locales.isSupported(locale) ? locale : Locales.DEFAULT;
    Map<String, SearchHit> bySlug = new LinkedHashMap<>();
    try (SearchSession session = index.mapping().createSession()) {
      run(session, query, lang, filters, false, max, best)
          .forEach(h -> bySlug.putIfAbsent(h.type() + ":" + h.slug(), h));
      if (!lang.equals(Locales.DEFAULT) && bySlug.size() < max) {
        run(session, query, Locales.DEFAULT, filters, true, max, best)
            .forEach(h -> bySlug.putIfAbsent(h.type() + ":" + h.slug(), h));
      }
    }
    List<SearchHit> all = new ArrayList<>(bySlug.values());
    return all.subList(0, Math.min(max, all.size()));
  }

  /**
   * Highlighting is the costly part of a search, so the ranking query fetches no snippets; the hits
   * shown get theirs from a second query over just their ids, with the query's corrections, so
   * "delivry" still marks "delivery". Term vectors give the offsets: re-analyzing the body instead
   * (fields highlightable by the unified highlighter only) measured 10–20% slower here.
   */
  private List<SearchHit> withSnippets(List<SearchHit> page, String query) {
    if (page.isEmpty()) {
      return page;
    }
    Map<String, String> snippets = new HashMap<>();
    try (SearchSession session = index.mapping().createSession()) {
      for (String locale : page.stream().map(SearchHit::locale).distinct().toList()) {
        List<String> ids =
            page.stream().filter(h -> h.locale().equals(locale)).map(SearchHit::id).toList();
        String text = corrected(query, locale);
        session
            .search(ArticleDocument.class)
            .select(
                f ->
                    f.composite()
                        .from(f.id(String.class), f.highlight(LocalizedTextBinder.body(locale)))
                        .asList())
            .where(
                f ->
                    f.bool()
                        .filter(f.id().matchingAny(ids))
                        .should(f.matchAll())
                        .should(text(f, text, locale, expansions(query, locale))))
            .highlighter(
                h ->
                    h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1)
                        // it cannot cut a no-match fragment: snippet() does
                        .noMatchSize(Integer.MAX_VALUE))
            .fetchHits(ids.size())
            .forEach(v -> snippets.put((String) v.get(0), snippet(v.get(1))));
      }
    }
    return page.stream()
        .map(
            h ->
                new SearchHit(
                    h.type(),
                    h.id(),
                    h.slug(),
                    h.locale(),
                    h.title(),
                    snippets.getOrDefault(h.id(), ""),
                    h.category(),
                    h.tags(),
                    h.fallback()))
        .toList();
  }

  /** Trims, collapses white space and drops control characters; keeps the reader's casing. */
  public static String normalize(String raw) {
    return raw == null ? "" : Text.clean(raw).replaceAll("\\s+", " ").strip();
  }

  /**
   * The hits of one language, without the tail: those scoring below {@link #TAIL} of the best hit
   * share only a common word or two with the query, and counting them made every search "find" the
   * whole shop.
   */
  private List<SearchHit> run(
      SearchSession session,
      String query,
      String locale,
      SearchFilters filters,
      boolean fallback,
      int max,
      Map<String, Float> best) {
    List<Scored> hits =
        scored(
            session,
            locale,
            filters,
            fallback,
            max,
            (f, filter) -> f.bool().filter(filter).must(predicate(f, query, locale)));
    List<Scored> lexical = List.of();
    float top = 1;
    if (!hits.isEmpty()) {
      top = best.computeIfAbsent(locale, l -> hits.get(0).score());
      float floor = top * TAIL;
      lexical = hits.stream().filter(h -> h.score() >= floor).toList();
    }
    if (fallback || !index.embeddings().covers(locale)) {
      return lexical.stream().map(Scored::hit).toList();
    }
    boolean isShort = RankingQuery.isShort(locale, words(query));
    // the nearest of all the language's documents, then narrowed: so a narrowed search finds
    // what the whole one counted in that facet, no more
    List<Scored> nearest =
        nearest(session, query, locale).stream().filter(h -> filters.allows(h.hit())).toList();
    return Fusion.fuse(lexical, top, nearest, isShort, max);
  }

  /**
   * The documents nearest the query's meaning ({@link Embeddings}), closest first, as far as they
   * are close enough to be an answer ({@link Fusion#NEAR}). The query is embedded as meant, typos
   * corrected, since the model knows no misspellings.
   */
  private List<Scored> nearest(SearchSession session, String query, String locale) {
    String meant = spelled(query, locale).toLowerCase(Locale.ROOT);
    String all = LocalizedTextBinder.all(locale);
    if (index.analyze(locale, meant).stream().noneMatch(t -> index.frequency(all, t)[0] > 0)) {
      return List.of(); // no word the articles use: the model would only guess
    }
    float[] vector = index.embeddings().query(meant);
    return neighbours(session, locale, SearchFilters.NONE, vector, null).stream()
        .limit(Fusion.NEAREST)
        .toList();
  }

  /**
   * The documents nearest a vector, closest first, scored by their cosine similarity and at least
   * {@link Fusion#NEAR}; {@code except}, when given, is left out (the article itself).
   */
  private List<Scored> neighbours(
      SearchSession session, String locale, SearchFilters filters, float[] vector, String except) {
    return scored(
            session,
            locale,
            filters,
            false,
            Fusion.CANDIDATES,
            (f, filter) ->
                f.knn(Fusion.CANDIDATES)
                    .field("embedding")
                    .matching(vector)
                    .filter(
                        except == null
                            ? filter
                            : f.bool().must(filter).mustNot(f.id().matching(except)).toPredicate()))
        .stream()
        // Lucene scores cosine similarity c as (1 + c) / 2
        .map(h -> new Scored(h.hit(), 2 * h.score() - 1))
        .filter(h -> h.score() >= Fusion.NEAR)
        .toList();
  }

  private List<Scored> scored(
      SearchSession session,
      String locale,
      SearchFilters filters,
      boolean fallback,
      int max,
      BiFunction<SearchPredicateFactory, SearchPredicate, PredicateFinalStep> where) {
    return session
        .search(ArticleDocument.class)
        .select(
            f ->
                f.composite()
                    .from(
                        f.field("type", String.class),
                        f.id(String.class),
                        f.field("slug", String.class),
                        f.field("title", String.class),
                        f.field("category", String.class),
                        f.field("tag", String.class).list(),
                        f.score())
                    .asList(
                        v ->
                            new Scored(
                                new SearchHit(
                                    (String) v.get(0),
                                    (String) v.get(1),
                                    (String) v.get(2),
                                    locale,
                                    (String) v.get(3),
                                    "",
                                    (String) v.get(4),
                                    strings(v.get(5)),
                                    fallback),
                                (Float) v.get(6))))
        .where(f -> where.apply(f, filter(f, locale, filters)))
        // No exact total: Lucene may then skip documents that cannot reach the top (block-max
        // WAND) instead of scoring every match, which was most of the CPU on 100,000 articles.
        .totalHitCountThreshold(max)
        .fetchHits(max);
  }

  /** The documents of a language that the filters allow. */
  private static SearchPredicate filter(
      SearchPredicateFactory f, String locale, SearchFilters filters) {
    var b = f.bool().must(f.match().field("locale").matching(locale));
    if (!SearchFilters.blank(filters.type())) {
      b.must(f.match().field("type").matching(filters.type()));
    }
    if (!SearchFilters.blank(filters.category())) {
      b.must(f.match().field("category").matching(filters.category()));
    }
    if (!SearchFilters.blank(filters.tag())) {
      b.must(f.match().field("tag").matching(filters.tag()));
    }
    return b.toPredicate();
  }

  /**
   * The query with the index's nearest known words added for each unknown one (see {@link
   * Corrections}); a query of more than {@link #MAX_CORRECTED_WORDS} words is left as it is: it has
   * enough correct words, and corrections would only add noise.
   */
  private String corrected(String query, String locale) {
    List<String> words = words(query);
    if (words.size() > MAX_CORRECTED_WORDS) {
      return query;
    }
    List<String> known = corrections.of(words, locale);
    return known.isEmpty() ? query : query + " " + String.join(" ", known);
  }

  /**
   * A search-box query is ranked word by word ({@link RankingQuery}); a long one, a sentence such
   * as a forum question pasted whole, by the query as one text on each field, which measured better
   * on the shared question sets.
   */
  private SearchPredicate predicate(SearchPredicateFactory f, String query, String locale) {
    List<String> words = words(query);
    if (!RankingQuery.isShort(locale, words)) {
      return text(f, corrected(query, locale), locale, expansions(query, locale));
    }
    Function<String, List<String>> known = w -> corrections.of(List.of(w), locale);
    // synonyms of the query as meant: "refnd not recieved" uses the groups of "refund not received"
    RankingQuery ranking =
        new RankingQuery(
            locale, words, known, expansions(spelled(query, locale), locale), index::analyzeWith);
    if (ranking.isEmpty()) {
      return text(f, corrected(query, locale), locale, expansions(query, locale));
    }
    return f.extension(LuceneExtension.get()).fromLuceneQuery(ranking.query()).toPredicate();
  }

  /** The query as meant: each unknown word replaced by the index's nearest known one. */
  private String spelled(String query, String locale) {
    return words(query).stream()
        .map(
            w -> {
              List<String> known = corrections.of(List.of(w), locale);
              return known.isEmpty() ? w : known.get(0);
            })
        .collect(Collectors.joining(" "));
  }

  private List<String> expansions(String query, String locale) {
    return synonyms().expansions(query, locale, index::analyze);
  }

  private static SearchPredicate text(
      SearchPredicateFactory f, String query, String locale, List<String> synonyms) {
    String title = LocalizedTextBinder.title(locale);
    String body = LocalizedTextBinder.body(locale);
    var any = f.bool();
    any.should(f.match().field(title).boost(TITLE_BOOST).matching(query));
    any.should(f.match().field(body).boost(BODY_BOOST).matching(query));
    any.should(f.match().field(LocalizedTextBinder.all(locale)).boost(ALL_BOOST).matching(query));
    any.should(f.match().field("tags").boost(TAG_BOOST).matching(query));
    if (Analyzers.FOLDED.contains(locale)) {
      any.should(
          f.match().field(LocalizedTextBinder.folded(locale)).boost(FOLDED_BOOST).matching(query));
    }
    for (String phrase : synonyms) {
      any.should(f.match().field(title).boost(TITLE_BOOST * SYNONYM_WEIGHT).matching(phrase));
      any.should(f.match().field(body).boost(SYNONYM_WEIGHT).matching(phrase));
    }
    return any.toPredicate();
  }

  static List<String> words(String query) {
    // an apostrophe inside a word keeps it whole ("зв'язок", "don't"), as the analyzers do
    return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+"))
        .map(w -> w.replaceAll("^['’]+|['’]+$", ""))
        .filter(w -> !w.isEmpty())
        .distinct()
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object values) {
    return values == null ? List.of() : List.copyOf((List<String>) values);
  }

  private static String snippet(Object highlights) {
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) highlights;
    if (list == null || list.isEmpty()) {
      return "";
    }
    String text = list.get(0);
    if (text.length() <= SNIPPET || text.contains("<mark>")) {
      return text;
    }
    // HTML-encoded text: an entity never contains a space, so cutting at one keeps it whole
    int cut = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, cut > 0 ? cut : SNIPPET) + " …";
  }
}
