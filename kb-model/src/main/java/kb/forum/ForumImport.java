package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamException;
import kb.accounts.AccountService;
import kb.accounts.Role;
import kb.reputation.Member;

/**
 * Imports a real forum's threads (the Qatar Living set behind SemEval-2016 Task 3) into the
 * community, for benchmarks and search evaluation: each thread becomes a question, each comment an
 * answer, their authors accounts that cannot sign in. Runs in batches of 50 threads per transaction
 * and skips threads imported before, so it can be re-run after an interruption.
 */
@ApplicationScoped
public class ForumImport {

  private static final Logger LOG = Logger.getLogger(ForumImport.class.getName());
  static final int BATCH = 50;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject AccountService accounts;
  @Inject Posts posts;
  @Inject Event<Object> events;
  @Inject ForumImport self;

  public record Result(int threads, int answers, int skipped, int members, long millis) {}

  public Result run(Path file) throws IOException {
    long started = System.nanoTime();
    List<QatarLivingFile.Thread> threads;
    try (InputStream in = Files.newInputStream(file)) {
      threads = QatarLivingFile.read(in);
    } catch (XMLStreamException e) {
      throw new IOException("not a Qatar Living threads file: " + e.getMessage(), e);
    }
    int[] totals = new int[4];
    for (int from = 0; from < threads.size(); from += BATCH) {
      int[] r = self.batch(threads.subList(from, Math.min(threads.size(), from + BATCH)));
      for (int i = 0; i < 4; i++) {
        totals[i] += r[i];
      }
    }
    Result result =
        new Result(
            totals[0], totals[1], totals[2], totals[3], (System.nanoTime() - started) / 1_000_000);
    LOG.info(() -> "forum import from " + file + ": " + result);
    return result;
  }

  /** Imports one batch: {threads, answers, skipped, new members}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int[] batch(List<QatarLivingFile.Thread> threads) {
    Set<String> names = new LinkedHashSet<>();
    for (QatarLivingFile.Thread t : threads) {
      names.add(QatarLivingFile.username(t.author()));
      t.replies().forEach(r -> names.add(QatarLivingFile.username(r.author())));
    }
    long before = count();
    Map<String, Long> ids = accounts.ensureImported(names);
    int[] out = {0, 0, 0, (int) (count() - before)};
    List<Long> changed = new ArrayList<>();
    for (QatarLivingFile.Thread t : threads) {
      if (imported(t.key())) {
        out[2]++;
        continue;
      }
      String title = t.title().isBlank() ? "(no subject)" : cut(t.title(), 200);
      String body = t.body().isBlank() ? title : t.body();
      Post q =
          Post.question(
              member(ids, t.author()),
              title,
              body,
              Posting.render(body),
              "en",
              Set.of(QatarLivingFile.tag(t.category())),
              t.at());
      posts.persist(q);
      posts.revision(q, q.author(), t.at());
      var last = t.at();
      for (QatarLivingFile.Reply r : t.replies()) {
        if (r.text().isBlank()) {
          continue;
        }
        Post a =
            Post.answer(
                q, member(ids, r.author()), r.text(), Posting.render(r.text()), false, r.at());
        posts.persist(a);
        out[1]++;
        last = r.at().isAfter(last) ? r.at() : last;
      }
      em.flush();
      posts.addAnswers(q.id(), (int) t.replies().stream().filter(r -> !r.text().isBlank()).count());
      posts.touch(q.id(), last);
      em.createNativeQuery("INSERT INTO forum_import (source_key, post_id) VALUES (?1, ?2)")
          .setParameter(1, "qatar-living:" + t.key())
          .setParameter(2, q.id())
          .executeUpdate();
      changed.add(q.id());
      out[0]++;
    }
    changed.forEach(id -> events.fire(new ForumEvents.ThreadChanged(id)));
    return out;
  }

  private boolean imported(String key) {
    return !em.createNativeQuery("SELECT 1 FROM forum_import WHERE source_key = ?1")
        .setParameter(1, "qatar-living:" + key)
        .getResultList()
        .isEmpty();
  }

  private long count() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account").getSingleResult())
        .longValue();
  }

  private static Member member(Map<String, Long> ids, String forumName) {
    String name = QatarLivingFile.username(forumName);
    return new Member(ids.get(name), name, name, 0, java.util.EnumSet.of(Role.MEMBER), null);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
