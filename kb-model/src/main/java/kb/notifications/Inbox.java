package kb.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A member's notices: delivering one (and its email), listing, counting unread, marking read. */
@ApplicationScoped
@Transactional
public class Inbox {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Clock clock;
  @Inject Mailer mailer;

  /** A notice as pages and the API show it. */
  public record Notice(
      long id,
      NoticeKind kind,
      String actor,
      String subject,
      String url,
      OffsetDateTime createdAt,
      boolean read)
      implements Serializable {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deliver(long recipientId, NoticeKind kind, String actor, String subject, String url) {
    em.persist(new Notification(recipientId, kind, actor, subject, url, now()));
    mailer.send(recipientId, kind, actor, subject, url);
  }

  public List<Notice> of(long recipientId, int max) {
    return em
        .createQuery(
            "select n from Notification n where n.recipientId = :r order by n.id desc",
            Notification.class)
        .setParameter("r", recipientId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            n ->
                new Notice(
                    n.id(),
                    n.kind(),
                    n.actor(),
                    n.subject(),
                    n.url(),
                    n.createdAt(),
                    n.readAt() != null))
        .toList();
  }

  public long unread(long recipientId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :r and n.readAt is null",
            Long.class)
        .setParameter("r", recipientId)
        .getSingleResult();
  }

  /** Marks all of a member's notices read. */
  public void readAll(long recipientId) {
    em.createQuery(
            "update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null")
        .setParameter("at", now())
        .setParameter("r", recipientId)
        .executeUpdate();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
