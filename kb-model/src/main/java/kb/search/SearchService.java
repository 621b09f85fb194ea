package kb.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * Queries the index: BM25 over title (boosted), body and tags in the reader's language, fuzzy
 * matching for longer words so typos still find their article, then English articles the reader's
 * language lacks, marked as a fallback.
 */
@ApplicationScoped
public class SearchService {

  public static final int MAX_QUERY = 200;
  static final float TITLE_BOOST = 1.5f;
  static final float TAG_BOOST = 1.5f;
  static final float FUZZY_BOOST = 0.5f;
  static final float ALL_BOOST = 1f;
  static final float BODY_BOOST = 1f;
  static final float FOLDED_BOOST = 0.5f;

  /** Longer queries have enough correct words; fuzzy expansion would only add noise. */
  static final int MAX_FUZZY_WORDS = 8;

  static final float SYNONYM_WEIGHT = 0.6f;

  @Inject SearchIndex index;
  @Inject SynonymService synonymService;
  private Synonyms fixedSynonyms;

  public SearchService() {}

  /** A service over a given index and synonyms (tests and the evaluation harness). */
  public SearchService(SearchIndex index, Synonyms synonyms) {
    this.index = index;
    this.fixedSynonyms = synonyms;
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
    String query = normalize(rawQuery);
    if (query.isEmpty()) {
      throw new InvalidInput("q", "search.query.required");
    }
    if (query.length() > MAX_QUERY) {
      throw new InvalidInput("q", "search.query.tooLong", MAX_QUERY);
    }
    String lang = Locales.isSupported(locale) ? locale : Locales.DEFAULT;
    List<SearchHit> all = rank(query, lang, filters, SearchResults.CAP, true);
    List<SearchHit> unfiltered =
        filters.isEmpty() ? all : rank(query, lang, SearchFilters.NONE, SearchResults.CAP, false);
    String didYouMean =
        unfiltered.isEmpty()
            ? Spelling.suggest(
                index, query, lang, q -> !rank(q, lang, SearchFilters.NONE, 1, false).isEmpty())
            : null;
    return new SearchResults(
        query,
        all.size(),
        all.subList(0, Math.min(size, all.size())),
        SearchResults.facetsOf(unfiltered),
        didYouMean);
  }

  /**
   * The ranking itself, without validation or logging: the reader's language first, then English
   * articles not already found. Public for the evaluation harness.
   */
  public List<SearchHit> rank(String query, String locale, int max) {
    return rank(query, locale, SearchFilters.NONE, max, false);
  }

  private List<SearchHit> rank(
      String query, String locale, SearchFilters filters, int max, boolean snippets) {
    String lang = Locales.isSupported(locale) ? locale : Locales.DEFAULT;
    if (!SearchFilters.blank(filters.type()) && !filters.type().equals("article")) {
      return List.of(); // only articles are indexed so far
    }
    Map<String, SearchHit> bySlug = new LinkedHashMap<>();
    try (SearchSession session = index.mapping().createSession()) {
      run(session, query, lang, filters, false, max, snippets)
          .forEach(h -> bySlug.putIfAbsent(h.slug(), h));
      if (!lang.equals(Locales.DEFAULT) && bySlug.size() < max) {
        run(session, query, Locales.DEFAULT, filters, true, max, snippets)
            .forEach(h -> bySlug.putIfAbsent(h.slug(), h));
      }
    }
    List<SearchHit> all = new ArrayList<>(bySlug.values());
    return all.subList(0, Math.min(max, all.size()));
  }

  /** Trims, collapses white space and drops control characters; keeps the reader's casing. */
  public static String normalize(String raw) {
    return raw == null ? "" : Text.clean(raw).replaceAll("\\s+", " ").strip();
  }

  private List<SearchHit> run(
      SearchSession session,
      String query,
      String locale,
      SearchFilters filters,
      boolean fallback,
      int max,
      boolean snippets) {
    String body = LocalizedTextBinder.body(locale);
    var step =
        session
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
                            snippets ? f.highlight(body) : f.constant(List.of()))
                        .asList(
                            v ->
                                new SearchHit(
                                    (String) v.get(0),
                                    (String) v.get(1),
                                    (String) v.get(2),
                                    locale,
                                    (String) v.get(3),
                                    snippet(v.get(6)),
                                    (String) v.get(4),
                                    strings(v.get(5)),
                                    fallback)))
            .where(
                f -> {
                  var b =
                      f.bool()
                          .filter(f.match().field("locale").matching(locale))
                          .must(text(f, query, locale, expansions(query, locale)));
                  if (!SearchFilters.blank(filters.category())) {
                    b.filter(f.match().field("category").matching(filters.category()));
                  }
                  if (!SearchFilters.blank(filters.tag())) {
                    b.filter(f.match().field("tag").matching(filters.tag()));
                  }
                  return b;
                });
    if (snippets) {
      // The unified highlighter: the plain one fails on some fuzzy rewrites (negative boosts).
      step =
          step.highlighter(
              h ->
                  h.unified()
                      .tag("<mark>", "</mark>")
                      .encoder(HighlighterEncoder.HTML)
                      .numberOfFragments(1)
                      .noMatchSize(180));
    }
    return step.fetchHits(max);
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
    List<String> words = words(query);
    for (String word : words.size() <= MAX_FUZZY_WORDS ? words : List.<String>of()) {
      if (word.length() >= 5) {
        int edits = word.length() >= 8 ? 2 : 1;
        any.should(
            f.match()
                .field(title)
                .boost(TITLE_BOOST)
                .field(body)
                .matching(word)
                .fuzzy(edits, 1)
                .boost(FUZZY_BOOST));
      }
    }
    return any.toPredicate();
  }

  static List<String> words(String query) {
    return Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
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
    return list == null || list.isEmpty() ? "" : list.get(0);
  }
}
