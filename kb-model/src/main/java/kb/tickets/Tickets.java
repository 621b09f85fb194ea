package kb.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.forum.Post;
import kb.forum.Posting;
import kb.forum.Posts;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.search.FollowUp;
import kb.search.SearchLog;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * Working tickets: escalating a thread (never two open tickets per thread: the thread's row is
 * locked and {@code open_ticket} has the thread as its key), replies and internal notes, a public
 * reply posted to the thread as an official answer, status, assignment and merging.
 */
@ApplicationScoped
@Transactional
public class Tickets {

  public static final int MAX_REASON = 500;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Members members;
  @Inject Posts posts;
  @Inject Posting posting;
  @Inject SearchLog searchLog;
  @Inject Clock clock;
  @Inject Event<TicketChanged> changed;
  @Inject Access access;
  @Inject kb.accounts.AuditLog audit;

  /** Whether {@code actor} works tickets (see {@link Action#WORK_TICKETS}). */
  public boolean isAgent(Actor actor) {
    return access.may(actor, Action.WORK_TICKETS);
  }

  /** Thread action: hand the thread to support (no ticket is open for it yet). */
  public static final String ESCALATE = "ESCALATE";

  /** Thread action: open the thread's ticket (its asker and agents). */
  public static final String SEE_TICKET = "SEE_TICKET";

  /** What {@code actor} may do about support on the thread of {@code questionId}. */
  public java.util.Set<String> threadActions(Actor actor, long questionId) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    if (!actor.signedIn()) {
      return out;
    }
    Post q = posts.question(questionId);
    if (mayEscalate(actor, q) && openFor(questionId) == null) {
      out.add(ESCALATE);
    }
    if (q.authorId() == actor.id() || isAgent(actor)) {
      out.add(SEE_TICKET);
    }
    return out;
  }

  /**
   * Whether {@code actor} may escalate the thread {@code q}: its asker, or staff who escalate any
   * thread; never a deleted one, nor a hidden one they cannot see.
   */
  public boolean mayEscalate(Actor actor, Post q) {
    boolean staff = access.may(actor, Action.ESCALATE_ANY);
    return actor.signedIn()
        && !q.deleted()
        && (!q.hidden() || staff)
        && (q.authorId() == actor.id() || staff);
  }

  /**
   * Escalates a thread: the asker ("I still need help"), an agent or a moderator. Returns the
   * thread's open ticket, new or the one that already existed.
   */
  public Ticket escalate(String username, long questionId, String reason, String visitor) {
    Member actor = members.require(username);
    Post q = posts.question(questionId);
    boolean staff = access.may(actor, Action.ESCALATE_ANY);
    // not found first: a hidden thread is not there for others, not "someone else's"
    if (q.deleted() || (q.hidden() && !staff)) {
      throw new NotFound("forum.notFound");
    }
    if (q.authorId() != actor.id() && !staff) {
      throw new Forbidden("ticket.escalate.notYours");
    }
    String why = reason == null ? "" : kb.shared.validation.Text.clean(reason).strip();
    if (why.length() > MAX_REASON) {
      throw new InvalidInput("reason", "ticket.reason.length", MAX_REASON);
    }
    Ticket t = open(q, why.isEmpty() ? null : why, staff ? "AGENT" : "ASKER", actor.username());
    if (visitor != null && q.authorId() == actor.id()) {
      searchLog.followUp(visitor, FollowUp.ESCALATED, null);
    }
    return t;
  }

  /** The thread's open ticket, or a new one (the thread's row is locked meanwhile). */
  Ticket open(Post q, String reason, String source, String actor) {
    lockThread(q.id());
    Ticket existing = openFor(q.id());
    if (existing != null) {
      return existing;
    }
    OffsetDateTime now = now();
    Priority priority = Priority.NORMAL;
    Sla sla = sla(priority);
    Ticket t =
        new Ticket(
            nextNumber(),
            q.authorId(),
            q.author(),
            q.id(),
            q.title(),
            priority,
            source,
            reason,
            now,
            SlaClock.due(now, sla.firstMinutes(), sla.businessHours()),
            SlaClock.due(now, sla.resolutionMinutes(), sla.businessHours()));
    em.persist(t);
    em.flush();
    em.createNativeQuery("INSERT INTO open_ticket (question_id, ticket_id) VALUES (?1, ?2)")
        .setParameter(1, q.id())
        .setParameter(2, t.id())
        .executeUpdate();
    String body = q.markdown() + (reason == null ? "" : "\n\n---\n\n" + reason);
    em.persist(new TicketMessage(t.id(), q.author(), false, true, body, render(body), now));
    announce(t, actor, false);
    return t;
  }

  /**
   * A message on a ticket. The requester writes public replies only; agents write public replies or
   * internal notes, and a public reply can also be posted to the thread as an official answer.
   */
  public TicketMessage reply(
      String username, TicketNumber number, String markdown, boolean visible, boolean toThread) {
    Member author = members.require(username);
    Ticket t = find(number);
    boolean agent = isAgent(author);
    if (!agent && t.requesterId() != author.id()) {
      throw new NotFound("ticket.notFound");
    }
    String text = markdown == null ? "" : kb.shared.validation.Text.clean(markdown).strip();
    if (text.length() < 2 || text.length() > 20_000) {
      throw new InvalidInput("markdown", "ticket.message.length", 2, 20_000);
    }
    if (!agent && (!visible || toThread)) {
      throw new Forbidden("ticket.agentsOnly");
    }
    if (toThread && (!visible || t.questionId() == null)) {
      throw new InvalidInput("toThread", "ticket.toThread.publicOnly");
    }
    OffsetDateTime now = now();
    TicketMessage m =
        new TicketMessage(t.id(), author.username(), agent, visible, text, render(text), now);
    em.persist(m);
    if (agent && visible) {
      t.answeredBySupport(now);
    } else if (!agent) {
      if (!t.status().isOpen() && t.status() != TicketStatus.CLOSED) {
        reopenSlot(t);
      }
      t.answeredByRequester(now);
    }
    if (toThread) {
      Post answer = posting.answer(author.username(), t.questionId(), text, true);
      m.postedAs(answer.id());
    }
    flush();
    if (!visible) {
      return m; // an internal note: the requester hears nothing of it
    }
    announce(t, author.username(), agent && visible);
    return m;
  }

  /** An agent moves a ticket; {@code version}, when given, must be the one they saw. */
  public Ticket status(String username, TicketNumber number, TicketStatus status, Long version) {
    Member agent = requireAgent(username);
    Ticket t = find(number);
    if (version != null && version != t.version()) {
      throw new kb.shared.validation.Conflict("ticket.stale");
    }
    boolean wasOpen = t.status().isOpen();
    TicketStatus before = t.status();
    if (!wasOpen && status.isOpen()) {
      reopenSlot(t);
    }
    t.moveTo(status, now());
    if (wasOpen && !status.isOpen()) {
      freeSlot(t);
    }
    flush();
    if (before == t.status()) {
      return t;
    }
    announce(t, agent.username(), false);
    return t;
  }

  /** An agent sets the priority; the SLA targets are recomputed from when the ticket opened. */
  public Ticket prioritize(String username, TicketNumber number, Priority priority) {
    requireAgent(username);
    if (priority == null) {
      throw new InvalidInput("priority", "ticket.priority.unknown");
    }
    Ticket t = find(number);
    Sla sla = sla(priority);
    t.prioritize(
        priority,
        SlaClock.due(t.createdAt(), sla.firstMinutes(), sla.businessHours()),
        SlaClock.due(t.createdAt(), sla.resolutionMinutes(), sla.businessHours()));
    flush();
    return t;
  }

  /** An agent sets the ticket's tags (the same shape as community tags: 0 to 5). */
  public Ticket tag(String username, TicketNumber number, String tags) {
    requireAgent(username);
    java.util.Set<String> labels =
        tags == null || tags.isBlank() ? java.util.Set.of() : kb.forum.PostRules.tags(tags);
    Ticket t = find(number);
    t.tag(labels, now());
    flush();
    return t;
  }

  /** An administrator changes the SLA targets of a priority; new tickets get them. */
  public void changeSla(
      String username,
      Priority priority,
      int firstMinutes,
      int resolutionMinutes,
      boolean businessHours) {
    access.require(members.require(username), Action.ADMINISTER);
    if (priority == null) {
      throw new InvalidInput("priority", "ticket.priority.unknown");
    }
    if (firstMinutes < 1 || resolutionMinutes < firstMinutes || resolutionMinutes > 60 * 24 * 90) {
      throw new InvalidInput("resolutionMinutes", "ticket.sla.minutes", 60 * 24 * 90);
    }
    em.createNativeQuery(
            "UPDATE sla_policy SET first_response_minutes = ?1, resolution_minutes = ?2,"
                + " business_hours = ?3 WHERE priority = ?4")
        .setParameter(1, firstMinutes)
        .setParameter(2, resolutionMinutes)
        .setParameter(3, businessHours)
        .setParameter(4, priority.name())
        .executeUpdate();
    audit.record(
        kb.accounts.AuditKind.SETTING_CHANGED,
        username,
        null,
        null,
        "SLA "
            + priority
            + ": first response "
            + firstMinutes
            + " min, resolution "
            + resolutionMinutes
            + " min"
            + (businessHours ? ", business hours" : ", around the clock"));
  }

  /** An SLA policy as the admin page and API show it. */
  public record SlaPolicy(
      String priority, int firstResponseMinutes, int resolutionMinutes, boolean businessHours)
      implements java.io.Serializable {}

  public List<SlaPolicy> slaPolicies() {
    return java.util.Arrays.stream(Priority.values())
        .map(
            p -> {
              Sla s = sla(p);
              return new SlaPolicy(
                  p.name(), s.firstMinutes(), s.resolutionMinutes(), s.businessHours());
            })
        .toList();
  }

  /** Assigns a ticket to an agent (their own name: claiming it). */
  public Ticket assign(String username, TicketNumber number, String assignee) {
    requireAgent(username);
    Member target = members.require(assignee == null || assignee.isBlank() ? username : assignee);
    if (!isAgent(target)) {
      throw new InvalidInput("assignee", "ticket.assignee.notAgent");
    }
    Ticket t = find(number);
    t.assign(target.username(), now());
    flush();
    return t;
  }

  /** Merges a duplicate into another ticket: its messages move, it closes pointing there. */
  public Ticket merge(String username, TicketNumber from, TicketNumber into) {
    Member agent = requireAgent(username);
    Ticket first = find(from.value() < into.value() ? from : into);
    Ticket second = find(from.value() < into.value() ? into : from);
    em.lock(first, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    em.lock(second, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    em.refresh(first);
    em.refresh(second);
    Ticket source = first.number().equals(from) ? first : second;
    Ticket target = source == first ? second : first;
    if (!source.status().isOpen()
        || !target.status().isOpen()
        || target.mergedInto() != null
        || source.requesterId() != target.requesterId()) {
      throw new kb.shared.validation.Conflict("ticket.merge.invalid");
    }
    source.mergeInto(target, now());
    em.createNativeQuery("UPDATE ticket_message SET ticket_id = ?1 WHERE ticket_id = ?2")
        .setParameter(1, target.id())
        .setParameter(2, source.id())
        .executeUpdate();
    freeSlot(source);
    flush();
    announce(source, agent.username(), false);
    return target;
  }

  public Ticket find(TicketNumber number) {
    List<Ticket> found =
        em.createQuery("select t from Ticket t where t.number = :n", Ticket.class)
            .setParameter("n", number.value())
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFound("ticket.notFound");
    }
    return found.get(0);
  }

  Ticket openFor(long questionId) {
    List<Object> ids =
        em.createNativeQuery("SELECT ticket_id FROM open_ticket WHERE question_id = ?1")
            .setParameter(1, questionId)
            .getResultList();
    return ids.isEmpty() ? null : em.find(Ticket.class, ((Number) ids.get(0)).longValue());
  }

  Member requireAgent(String username) {
    Member m = members.require(username);
    access.require(m, Action.WORK_TICKETS);
    return m;
  }

  private void freeSlot(Ticket t) {
    em.createNativeQuery("DELETE FROM open_ticket WHERE ticket_id = ?1")
        .setParameter(1, t.id())
        .executeUpdate();
  }

  /** Takes the thread's open-ticket slot back, or refuses when another ticket holds it now. */
  private void reopenSlot(Ticket t) {
    if (t.questionId() == null) {
      return;
    }
    lockThread(t.questionId());
    Ticket holder = openFor(t.questionId());
    if (holder != null && !holder.id().equals(t.id())) {
      throw new kb.shared.validation.Conflict("ticket.reopen.otherOpen");
    }
    if (holder == null) {
      em.createNativeQuery("INSERT INTO open_ticket (question_id, ticket_id) VALUES (?1, ?2)")
          .setParameter(1, t.questionId())
          .setParameter(2, t.id())
          .executeUpdate();
    }
  }

  /** Opens a rule's ticket in its own transaction, so a rules run holds no lock for long. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Ticket openByRule(long questionId, String reason) {
    return open(posts.question(questionId), reason, "RULE", "system");
  }

  /** Tells observers (the requester's notices) what happened to a ticket, after commit. */
  private void announce(Ticket t, String actor, boolean publicReply) {
    changed.fire(
        new TicketChanged(
            t.id(),
            t.number().toString(),
            t.requesterId(),
            t.requester(),
            t.questionId(),
            t.status(),
            actor,
            publicReply));
  }

  /** Locks the thread's row: escalations and re-openings of one thread take turns. */
  private void lockThread(long questionId) {
    em.createNativeQuery("SELECT id FROM post WHERE id = ?1 FOR UPDATE")
        .setParameter(1, questionId)
        .getResultList();
  }

  private void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new kb.shared.validation.Conflict("ticket.stale");
    }
  }

  /** The SLA targets of a priority. */
  record Sla(int firstMinutes, int resolutionMinutes, boolean businessHours) {}

  Sla sla(Priority priority) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT first_response_minutes, resolution_minutes, business_hours"
                        + " FROM sla_policy WHERE priority = ?1")
                .setParameter(1, priority.name())
                .getSingleResult();
    return new Sla(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (Boolean) r[2]);
  }

  private long nextNumber() {
    return kb.shared.persistence.Counters.next(em, "ticket_number");
  }

  static String render(String markdown) {
    return MarkdownRenderer.render(markdown, Audience.COMMUNITY).html();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
