package kb.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.shared.i18n.Locales;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * The synonym groups editors manage, and the current set the search uses. The set is cached and
 * reloaded after every change on this node, and at least every {@link #TTL} so that other nodes of
 * a cluster pick up changes too.
 */
@ApplicationScoped
@Transactional
public class SynonymService {

  static final Duration TTL = Duration.ofSeconds(30);

  /** Fired when groups changed; the cache is dropped after commit. */
  public record Changed() {}

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject Access access;
  @Inject Event<Changed> changed;

  private volatile Synonyms cached;
  private volatile long loadedAt;

  public Synonyms current() {
    Synonyms s = cached;
    if (s == null || System.nanoTime() - loadedAt > TTL.toNanos()) {
      Map<String, List<List<String>>> groups = new LinkedHashMap<>();
      for (SynonymGroup g : all()) {
        groups.computeIfAbsent(g.locale(), k -> new ArrayList<>()).add(g.terms());
      }
      // unchanged groups keep their instance: its analyzed phrases, and the results cached with it
      s = s != null && s.hasGroups(groups) ? s : new Synonyms(groups);
      cached = s;
      loadedAt = System.nanoTime();
    }
    return s;
  }

  public List<SynonymGroup> list(String locale) {
    return em.createQuery(
            "select g from SynonymGroup g where g.locale = :locale order by g.id",
            SynonymGroup.class)
        .setParameter("locale", locale(locale))
        .getResultList();
  }

  public SynonymGroup create(Actor actor, String locale, String terms) {
    access.require(actor, Action.EDIT_SYNONYMS);
    String editor = actor.username();
    SynonymGroup g =
        new SynonymGroup(
            locale(locale), SynonymGroup.parse(terms), editor, OffsetDateTime.now(clock));
    em.persist(g);
    em.flush();
    changed.fire(new Changed());
    return g;
  }

  public SynonymGroup update(Actor actor, long id, String terms, long version) {
    access.require(actor, Action.EDIT_SYNONYMS);
    String editor = actor.username();
    SynonymGroup g = find(id);
    if (g.version() != version) {
      throw new Conflict("synonym.stale");
    }
    g.change(SynonymGroup.parse(terms), editor, OffsetDateTime.now(clock));
    em.flush();
    changed.fire(new Changed());
    return g;
  }

  public void delete(Actor actor, long id, long version) {
    access.require(actor, Action.EDIT_SYNONYMS);
    SynonymGroup g = find(id);
    if (g.version() != version) {
      throw new Conflict("synonym.stale");
    }
    em.remove(g);
    changed.fire(new Changed());
  }

  /**
   * Stores the shipped default groups when there are none yet; editors' groups are never touched.
   */
  public int seed(Map<String, List<List<String>>> defaults) {
    long existing =
        em.createQuery("select count(g) from SynonymGroup g", Long.class).getSingleResult();
    if (existing > 0) {
      return 0;
    }
    int n = 0;
    for (Map.Entry<String, List<List<String>>> e : defaults.entrySet()) {
      for (List<String> terms : e.getValue()) {
        em.persist(new SynonymGroup(e.getKey(), terms, "content", OffsetDateTime.now(clock)));
        n++;
      }
    }
    changed.fire(new Changed());
    return n;
  }

  void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
    cached = null;
  }

  private List<SynonymGroup> all() {
    return em.createQuery("select g from SynonymGroup g order by g.id", SynonymGroup.class)
        .getResultList();
  }

  private SynonymGroup find(long id) {
    SynonymGroup g = em.find(SynonymGroup.class, id);
    if (g == null) {
      throw new NotFound("synonym.notFound");
    }
    return g;
  }

  private static String locale(String tag) {
    if (!Locales.isSupported(tag)) {
      throw new InvalidInput("locale", "account.locale.unsupported");
    }
    return tag;
  }
}
