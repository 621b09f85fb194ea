package kb.articles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.articles.Views.ConflictView;
import kb.shared.validation.NotFound;

/**
 * Brings the database in line with a content folder (DESIGN §3). Idempotent and hash-based: a file
 * whose hash matches what was last imported costs one map look-up. New files become published
 * articles, changed files update theirs, and a file whose article an editor changed in the site is
 * not imported but reported, as is a file that cannot be read.
 */
@ApplicationScoped
public class ContentImporter {

  static final int BATCH = 200;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject ImportWriter writer;

  public ImportReport importFolder(Path root) {
    long started = System.nanoTime();
    List<ContentFile> files;
    try {
      writer.categories(ContentFolder.categories(root));
      files = ContentFolder.articles(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content folder " + root, e);
    }
    Map<String, String> imported = importedHashes();
    List<ContentFile> pending = new ArrayList<>();
    int unchanged = 0;
    for (ContentFile f : files) {
      if (!f.broken() && f.hash().equals(imported.get(f.slug() + "/" + f.locale()))) {
        unchanged++;
      } else {
        pending.add(f);
      }
    }
    int created = 0;
    int updated = 0;
    int conflicts = 0;
    int broken = 0;
    for (int i = 0; i < pending.size(); i += BATCH) {
      ImportWriter.Outcome o =
          writer.write(pending.subList(i, Math.min(pending.size(), i + BATCH)), false);
      created += o.created();
      updated += o.updated();
      conflicts += o.conflicts();
      broken += o.broken();
    }
    return new ImportReport(
        files.size(),
        created,
        updated,
        unchanged,
        conflicts,
        broken,
        (System.nanoTime() - started) / 1_000_000);
  }

  @Transactional
  public List<ConflictView> openConflicts() {
    return em.createNamedQuery("ImportConflict.open", ImportConflict.class)
        .setParameter("resolved", Boolean.FALSE)
        .getResultStream()
        .map(
            c ->
                new ConflictView(
                    c.id(), c.path(), c.slug(), c.locale(), c.kind(), c.detail(), c.detectedAt()))
        .toList();
  }

  /**
   * Settles a conflict: {@code takeFile} imports the file over the site's text (a new revision, so
   * nothing is lost); otherwise the site's text stays and this version of the file is ignored.
   */
  @Transactional
  public void resolve(long conflictId, boolean takeFile, Path root) {
    ImportConflict c = em.find(ImportConflict.class, conflictId);
    if (c == null || c.resolved()) {
      throw new NotFound("conflict.notFound");
    }
    if (c.kind() == ImportConflict.Kind.EDITED_IN_SITE) {
      if (takeFile) {
        ContentFile file = ContentFile.read(root, root.resolve(c.path()));
        writer.write(List.of(file), true);
      } else {
        em.createQuery(
                "select t from Translation t where t.article.slug = :slug and t.locale = :locale",
                Translation.class)
            .setParameter("slug", c.slug())
            .setParameter("locale", c.locale())
            .getResultStream()
            .findFirst()
            .ifPresent(t -> t.acknowledgeSource(c.fileHash()));
      }
    }
    c.resolve();
  }

  private Map<String, String> importedHashes() {
    Map<String, String> out = new HashMap<>();
    for (Object[] row : em.createNamedQuery("Translation.hashes", Object[].class).getResultList()) {
      if (row[2] != null) {
        out.put(row[0] + "/" + row[1], (String) row[2]);
      }
    }
    return out;
  }
}
