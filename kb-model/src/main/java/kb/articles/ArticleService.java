package kb.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.articles.Views.ArticlePage;
import kb.articles.Views.ArticleSummary;
import kb.articles.Views.CategoryView;
import kb.shared.i18n.Locales;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * What visitors and editors do with articles: read in their language (English as a marked
 * fallback), browse categories, write and publish. Every write renders the Markdown once and
 * records a revision; a write against a stale version is refused with {@link Conflict}.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject ArticleEvents events;
  @Inject ViewCounter viewCounter;
  @Inject Access access;

  public List<CategoryView> categories(String locale) {
    Map<String, Long> counts =
        published(locale).stream()
            .filter(s -> s.categoryId() != null)
            .collect(Collectors.groupingBy(ArticleSummary::categoryId, Collectors.counting()));
    return em.createNamedQuery("Category.all", Category.class)
        .getResultStream()
        .map(c -> new CategoryView(c.id(), c.name(locale), counts.getOrDefault(c.id(), 0L)))
        .toList();
  }

  public Optional<CategoryView> category(String id, String locale) {
    return categories(locale).stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Every published article in a locale: its own translation where one is published, otherwise the
   * English one marked as a fallback.
   */
  public List<ArticleSummary> published(String locale) {
    String lang = Locales.isSupported(locale) ? locale : Locales.DEFAULT;
    Map<String, ArticleSummary> bySlug = new LinkedHashMap<>();
    for (Translation t : publishedTranslations(lang)) {
      bySlug.put(t.article().slug(), summary(t, lang, false));
    }
    if (!lang.equals(Locales.DEFAULT)) {
      for (Translation t : publishedTranslations(Locales.DEFAULT)) {
        bySlug.putIfAbsent(t.article().slug(), summary(t, lang, true));
      }
    }
    return new ArrayList<>(bySlug.values());
  }

  public List<ArticleSummary> inCategory(String categoryId, String locale) {
    return published(locale).stream()
        .filter(s -> categoryId.equals(s.categoryId()))
        .sorted(Comparator.comparing(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The window of reader activity that makes an article popular. */
  static final int POPULAR_DAYS = 30;

  /** A "helpful" vote counts as this many views: it says the article answered someone. */
  static final int HELPFUL_WEIGHT = 10;

  /**
   * The articles readers used most in the last {@link #POPULAR_DAYS} days (views, and helpful votes
   * weighted {@link #HELPFUL_WEIGHT}, over all its languages); where fewer have been read, the
   * editors' pinned articles fill the list, in their order. Empty on a site with neither.
   */
  public List<ArticleSummary> popular(String locale, int max) {
    return popular(published(locale), max);
  }

  /** The home page's two lists, from one read of the published articles. */
  public HomeLists home(String locale, int max) {
    List<ArticleSummary> all = published(locale);
    return new HomeLists(popular(all, max), recentlyUpdated(all, max));
  }

  /** "Popular" and "Recently updated" of the home page. */
  public record HomeLists(List<ArticleSummary> popular, List<ArticleSummary> recent) {}

  private List<ArticleSummary> popular(List<ArticleSummary> all, int max) {
    OffsetDateTime since = now().minusDays(POPULAR_DAYS);
    Map<String, Long> score = new HashMap<>();
    sums(VIEWS_SINCE, Date.valueOf(since.toLocalDate()))
        .forEach((slug, n) -> score.merge(slug, n, Long::sum));
    sums(HELPFUL_SINCE, Timestamp.from(since.toInstant()))
        .forEach((slug, n) -> score.merge(slug, n * HELPFUL_WEIGHT, Long::sum));
    List<ArticleSummary> out =
        new ArrayList<>(
            all.stream()
                .filter(s -> score.getOrDefault(s.slug(), 0L) > 0)
                .sorted(
                    Comparator.<ArticleSummary>comparingLong(s -> score.get(s.slug()))
                        .reversed()
                        .thenComparing(ArticleSummary::title))
                .limit(max)
                .toList());
    if (out.size() < max) {
      Map<String, Integer> pins = pins();
      all.stream()
          .filter(s -> pins.containsKey(s.slug()) && !out.contains(s))
          .sorted(Comparator.comparing(s -> pins.get(s.slug())))
          .limit(max - out.size())
          .forEach(out::add);
    }
    return out;
  }

  private static final String VIEWS_SINCE =
      "SELECT a.slug, SUM(v.views) FROM article_view_day v JOIN article_translation t ON t.id ="
          + " v.translation_id JOIN article a ON a.id = t.article_id WHERE v.viewed_on >= ? GROUP BY"
          + " a.slug";

  private static final String HELPFUL_SINCE =
      "SELECT a.slug, COUNT(*) FROM article_feedback f JOIN article_translation t ON t.id ="
          + " f.translation_id JOIN article a ON a.id = t.article_id WHERE f.helpful = TRUE AND"
          + " f.created_at >= ? GROUP BY a.slug";

  private Map<String, Long> sums(String sql, Object since) {
    Map<String, Long> out = new HashMap<>();
    for (Object row : em.createNativeQuery(sql).setParameter(1, since).getResultList()) {
      Object[] r = (Object[]) row;
      out.put((String) r[0], ((Number) r[1]).longValue());
    }
    return out;
  }

  private Map<String, Integer> pins() {
    Map<String, Integer> out = new HashMap<>();
    em.createQuery(
            "select a.slug, a.pinned from Article a where a.pinned is not null", Object[].class)
        .getResultList()
        .forEach(r -> out.put((String) r[0], (Integer) r[1]));
    return out;
  }

  /** Pins an article at a place of the popular list's fallback, or unpins it ({@code null}). */
  public void pin(Actor editor, String slug, Integer place) {
    access.require(editor, Action.EDIT_ARTICLES);
    if (place != null && (place < 1 || place > 99)) {
      throw new InvalidInput("pinned", "article.pinned.range", 1, 99);
    }
    requireArticle(slug).pin(place);
  }

  /**
   * The articles whose content changed last: edited in the site, or by the {@code updated} date of
   * their file. Imports alone never count, so a new site does not list every article at once.
   */
  public List<ArticleSummary> recentlyUpdated(String locale, int max) {
    return recentlyUpdated(published(locale), max);
  }

  private static List<ArticleSummary> recentlyUpdated(List<ArticleSummary> all, int max) {
    return all.stream()
        .filter(s -> s.changedAt() != null)
        .sorted(
            Comparator.comparing(ArticleSummary::changedAt)
                .reversed()
                .thenComparing(ArticleSummary::title))
        .limit(max)
        .toList();
  }

  /** The published article in a locale, or in English when that locale has none. */
  public ArticlePage read(String slug, String locale) {
    Article article = requireArticle(slug);
    Optional<Translation> own =
        article.translation(locale).filter(t -> t.status() == Status.PUBLISHED);
    Translation shown =
        own.or(
                () ->
                    article
                        .translation(Locales.DEFAULT)
                        .filter(t -> t.status() == Status.PUBLISHED))
            .orElseThrow(() -> new NotFound("article.notFound"));
    return page(article, shown, own.isEmpty() && !shown.locale().equals(locale));
  }

  /** Counts a view of a translation (written in batches by {@link ViewCounter}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void recordView(String slug, String locale) {
    viewCounter.record(slug, locale);
  }

  public List<ArticleSummary> related(String slug, String locale, int max) {
    ArticlePage page = read(slug, locale);
    return published(locale).stream()
        .filter(s -> !s.slug().equals(slug))
        .filter(s -> s.categoryId() != null && s.categoryId().equals(page.categoryId()))
        .sorted(Comparator.comparingLong(ArticleSummary::views).reversed())
        .limit(max)
        .toList();
  }

  /** The translation an editor works on, whatever its status. */
  public ArticlePage forEditing(Actor editor, String slug, String locale) {
    access.require(editor, Action.EDIT_ARTICLES);
    Article article = requireArticle(slug);
    Translation t = article.translation(locale).orElseThrow(() -> new NotFound("article.notFound"));
    return page(article, t, false);
  }

  public Optional<String> sourceMarkdown(String slug) {
    return findArticle(slug)
        .flatMap(a -> a.translation(Locales.DEFAULT))
        .map(Translation::markdown);
  }

  /**
   * Creates an article with its first translation. Agents may create drafts (from what support
   * answered); only editors publish.
   */
  public ArticlePage create(ArticleInput input, Actor actor) {
    access.require(
        actor,
        input.status() == null || input.status() == Status.DRAFT
            ? Action.WRITE_DRAFTS
            : Action.EDIT_ARTICLES);
    String editor = actor.username();
    String locale = locale(input.locale());
    Draft draft = new Draft(input.title(), input.markdown(), input.tags());
    Slug slug =
        input.slug() == null || input.slug().isBlank()
            ? Slug.fromTitle(draft.title())
            : new Slug(input.slug().strip());
    if (findArticle(slug.value()).isPresent()) {
      throw new InvalidInput("slug", "article.slug.taken");
    }
    Article article = new Article(slug, category(input.category()), editor, now());
    Translation t = article.addTranslation(new Translation(article, locale, Status.DRAFT));
    t.edit(draft, MarkdownRenderer.render(draft.markdown(), Audience.EDITOR), editor, now());
    moveIfAsked(t, input.status());
    em.persist(article);
    em.flush();
    events.changed(article);
    return page(article, t, false);
  }

  /**
   * Saves a translation (creating it when the article lacks that language). {@code version} must be
   * the version the editor started from; otherwise someone else saved meanwhile.
   */
  public ArticlePage save(String slug, String localeTag, ArticleInput input, Actor actor) {
    access.require(actor, Action.EDIT_ARTICLES);
    String editor = actor.username();
    String locale = locale(localeTag);
    Article article = requireArticle(slug);
    Draft draft = new Draft(input.title(), input.markdown(), input.tags());
    Optional<Translation> existing = article.translation(locale);
    Translation t;
    if (existing.isPresent()) {
      t = existing.get();
      if (input.version() == null || input.version() != t.version()) {
        throw new Conflict("article.stale");
      }
    } else {
      t = article.addTranslation(new Translation(article, locale, Status.DRAFT));
      em.persist(t);
    }
    if (input.category() != null && !input.category().isBlank()) {
      article.classify(category(input.category()), article.owner(), article.reviewBy());
    }
    t.edit(draft, MarkdownRenderer.render(draft.markdown(), Audience.EDITOR), editor, now());
    moveIfAsked(t, input.status());
    em.flush();
    events.changed(article);
    return page(article, t, false);
  }

  public ArticlePage changeStatus(
      String slug, String locale, Status target, long version, Actor editor) {
    access.require(editor, Action.EDIT_ARTICLES);
    Article article = requireArticle(slug);
    Translation t = article.translation(locale).orElseThrow(() -> new NotFound("article.notFound"));
    if (t.version() != version) {
      throw new Conflict("article.stale");
    }
    t.moveTo(target, now());
    em.flush();
    events.changed(article);
    return page(article, t, false);
  }

  public void assign(Actor editor, String slug, String owner, LocalDate reviewBy) {
    access.require(editor, Action.EDIT_ARTICLES);
    Article article = requireArticle(slug);
    article.classify(article.category(), owner, reviewBy);
  }

  /** Whether an article has a published translation (in any language). */
  public boolean isPublished(String slug) {
    return findArticle(slug)
        .map(a -> a.translations().stream().anyMatch(t -> t.status() == Status.PUBLISHED))
        .orElse(false);
  }

  /** Whether an article has this slug, in any state. */
  public boolean exists(String slug) {
    return findArticle(slug).isPresent();
  }

  Article requireArticle(String slug) {
    return findArticle(slug).orElseThrow(() -> new NotFound("article.notFound"));
  }

  Optional<Article> findArticle(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Article.bySlug", Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The article as search indexes it, if any translation of it is published. */
  public Optional<ArticlesChanged.Snapshot> publishedSnapshot(String slug) {
    return em.createQuery("select a from Article a where a.slug = :slug", Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(ArticleEvents::snapshot)
        .filter(s -> !s.published().isEmpty());
  }

  /** Every article with at least one published translation, as search indexes it. */
  public List<ArticlesChanged.Snapshot> publishedSnapshots() {
    return publishedSnapshotsAfter("", Integer.MAX_VALUE);
  }

  /**
   * One batch of the articles with a published translation, in slug order after {@code afterSlug}
   * (keyset paging, so a re-index of 100,000 articles never holds more than one batch). Read-only:
   * the entities are not tracked for changes.
   */
  public List<ArticlesChanged.Snapshot> publishedSnapshotsAfter(String afterSlug, int max) {
    return em.createQuery(
            "select a from Article a where a.slug > :after and exists (select t from Translation t"
                + " where t.article = a and t.status = :status) order by a.slug",
            Article.class)
        .setParameter("after", afterSlug)
        .setParameter("status", Status.PUBLISHED)
        .setHint("eclipselink.read-only", "true")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "a.translations")
        .setMaxResults(max)
        .getResultStream()
        .map(ArticleEvents::snapshot)
        .toList();
  }

  /** How many translations are published: what the search index should hold. */
  public long publishedTranslationCount() {
    return em.createQuery("select count(t) from Translation t where t.status = :status", Long.class)
        .setParameter("status", Status.PUBLISHED)
        .getSingleResult();
  }

  private List<Translation> publishedTranslations(String locale) {
    return em.createNamedQuery("Translation.published", Translation.class)
        .setParameter("locale", locale)
        .getResultList();
  }

  private void moveIfAsked(Translation t, Status status) {
    if (status != null && status != t.status()) {
      t.moveTo(status, now());
    }
  }

  private Category category(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    Category c = em.find(Category.class, id.strip());
    if (c == null) {
      throw new InvalidInput("category", "article.category.unknown");
    }
    return c;
  }

  private static String locale(String tag) {
    if (!Locales.isSupported(tag)) {
      throw new InvalidInput("locale", "account.locale.unsupported");
    }
    return tag;
  }

  private static ArticleSummary summary(Translation t, String locale, boolean fallback) {
    Category c = t.article().category();
    return new ArticleSummary(
        t.article().slug(),
        t.locale(),
        t.title(),
        c == null ? null : c.id(),
        c == null ? null : c.name(locale),
        t.updatedAt(),
        fallback,
        t.views(),
        t.changedAt());
  }

  static ArticlePage page(Article a, Translation t, boolean fallback) {
    Category c = a.category();
    List<String> translations =
        a.translations().stream()
            .filter(x -> x.status() == Status.PUBLISHED)
            .map(Translation::locale)
            .sorted(Comparator.comparingInt(Locales.SUPPORTED::indexOf))
            .toList();
    return new ArticlePage(
        a.slug(),
        t.locale(),
        t.title(),
        t.html(),
        t.markdown(),
        t.headings(),
        c == null ? null : c.id(),
        c == null ? null : c.name(t.locale()),
        t.tagList(),
        t.updatedAt(),
        t.version(),
        translations,
        t.helpfulYes(),
        t.helpfulNo(),
        fallback,
        t.status(),
        a.owner(),
        a.reviewBy());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
