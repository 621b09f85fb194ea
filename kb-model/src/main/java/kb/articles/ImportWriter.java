package kb.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.articles.ContentFolder.CategoryDef;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;

/**
 * Writes one batch of content files in one transaction. Split from {@link ContentImporter} so that
 * each batch commits on its own: a thousand articles import in a handful of transactions.
 */
@ApplicationScoped
@Transactional
public class ImportWriter {

  /** Counts of one batch. */
  record Outcome(int created, int updated, int conflicts, int broken) {}

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject ArticleEvents events;

  public void categories(List<CategoryDef> defs) {
    for (CategoryDef def : defs) {
      Category existing = em.find(Category.class, def.id());
      if (existing == null) {
        em.persist(new Category(def.id(), def.order(), def.names()));
      } else {
        existing.rename(def.order(), def.names());
      }
    }
  }

  Outcome write(List<ContentFile> files, boolean force) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<String, Article> articles = load(files);
    Set<String> openConflicts = openConflictKeys();
    int created = 0;
    int updated = 0;
    int conflicts = 0;
    int broken = 0;
    Set<Article> changed = new java.util.LinkedHashSet<>();
    for (ContentFile file : files) {
      if (file.broken()) {
        if (openConflicts.add(file.path() + "|" + file.hash())) {
          em.persist(
              new ImportConflict(
                  file.path(),
                  file.slug(),
                  file.locale(),
                  ImportConflict.Kind.BROKEN_FILE,
                  file.problem(),
                  file.hash(),
                  now));
        }
        broken++;
        continue;
      }
      Draft draft;
      try {
        draft =
            new Draft(
                file.title(),
                file.body().isBlank() ? file.title() : file.body(),
                new HashSet<>(file.tags()));
      } catch (kb.shared.validation.InvalidInput e) {
        if (openConflicts.add(file.path() + "|" + file.hash())) {
          em.persist(
              new ImportConflict(
                  file.path(),
                  file.slug(),
                  file.locale(),
                  ImportConflict.Kind.BROKEN_FILE,
                  "invalid " + e.field() + " (" + e.messageKey() + ")",
                  file.hash(),
                  now));
        }
        broken++;
        continue;
      }
      Category category = file.category() == null ? null : em.find(Category.class, file.category());
      Article article = articles.get(file.slug());
      if (article == null) {
        article = new Article(new Slug(file.slug()), category, file.owner(), now);
        article.classify(category, file.owner(), file.reviewBy());
        em.persist(article);
        articles.put(file.slug(), article);
      }
      Translation t = article.translation(file.locale()).orElse(null);
      if (t != null && t.editedInSite() && !force) {
        if (openConflicts.add(file.path() + "|" + file.hash())) {
          em.persist(
              new ImportConflict(
                  file.path(),
                  file.slug(),
                  file.locale(),
                  ImportConflict.Kind.EDITED_IN_SITE,
                  "the file changed, but the article was edited in the site since its last import",
                  file.hash(),
                  now));
        }
        conflicts++;
        continue;
      }
      if (file.locale().equals("en") || article.category() == null) {
        article.classify(
            category != null ? category : article.category(),
            file.owner() != null ? file.owner() : article.owner(),
            file.reviewBy() != null ? file.reviewBy() : article.reviewBy());
      }
      boolean isNew = t == null;
      if (isNew) {
        t = article.addTranslation(new Translation(article, file.locale(), Status.DRAFT));
        em.persist(t);
      }
      if (file.locale().equals("en")) {
        article.pin(file.pinned());
      }
      t.importFrom(
          draft,
          MarkdownRenderer.render(draft.markdown(), Audience.EDITOR),
          file.hash(),
          file.path(),
          file.updated() == null ? null : file.updated().atStartOfDay().atOffset(ZoneOffset.UTC),
          now);
      changed.add(article);
      if (isNew) {
        created++;
      } else {
        updated++;
      }
    }
    em.flush();
    events.changed(changed);
    return new Outcome(created, updated, conflicts, broken);
  }

  private Map<String, Article> load(List<ContentFile> files) {
    Set<String> slugs = new HashSet<>();
    files.forEach(f -> slugs.add(f.slug()));
    Map<String, Article> out = new HashMap<>();
    if (!slugs.isEmpty()) {
      em.createQuery(
              "select distinct a from Article a left join fetch a.translations where a.slug in :slugs",
              Article.class)
          .setParameter("slugs", slugs)
          .getResultStream()
          .forEach(a -> out.put(a.slug(), a));
    }
    return out;
  }

  private Set<String> openConflictKeys() {
    Set<String> keys = new HashSet<>();
    em.createNamedQuery("ImportConflict.open", ImportConflict.class)
        .setParameter("resolved", Boolean.FALSE)
        .getResultStream()
        .forEach(c -> keys.add(c.path() + "|" + c.fileHash()));
    return keys;
  }
}
