package kb.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import kb.shared.validation.InvalidInput;

/**
 * The security audit log (ASVS 7.2): sign-ins, failures and delays with the client's address, role
 * and password changes, and administrators' changes of settings, written in the transaction of what
 * they record (a failed sign-in's counter and its entry commit together). Passwords and the names
 * typed for unknown accounts are never written. Administrators read it newest first; entries older
 * than {@code KB_AUDIT_RETENTION_DAYS} (365) are removed by the daily retention run.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  public static final int MAX_PAGE_SIZE = 200;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject Access access;

  public void record(AuditKind kind, String actor, String subject, String address, String detail) {
    em.persist(
        new AuditEvent(
            OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)),
            kind,
            actor,
            subject,
            address,
            detail));
  }

  /**
   * A page of the log for an administrator, newest first, narrowed to a kind and to entries where
   * {@code username} acted or was acted on (either may be null).
   */
  public List<AuditEvent.View> page(
      Actor admin, AuditKind kind, String username, int page, int size) {
    access.require(admin, Action.ADMINISTER);
    if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "audit.page.range", MAX_PAGE_SIZE);
    }
    String who = username == null || username.isBlank() ? null : Account.key(username.strip());
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
    if (kind != null) {
      jpql.append(" and e.kind = :kind");
    }
    if (who != null) {
      jpql.append(" and (lower(e.subject) = :who or lower(e.actor) = :who)");
    }
    var q =
        em.createQuery(jpql.append(" order by e.at desc, e.id desc").toString(), AuditEvent.class)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size);
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    if (who != null) {
      q.setParameter("who", who.toLowerCase(Locale.ROOT));
    }
    return q.getResultStream().map(AuditEvent::view).toList();
  }

  /** Removes the entries recorded before {@code cutoff}; returns how many. */
  public int purge(OffsetDateTime cutoff) {
    return em.createQuery("delete from AuditEvent e where e.at < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
