package kb.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.reputation.Sql;
import kb.shared.validation.NotFound;

/**
 * Reading tickets: an agent's queue, a requester's own tickets, one ticket with its messages (the
 * requester sees public ones only; anyone else gets a 404) and the searches the requester made
 * before escalating, and the banner a thread shows.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class TicketQueries {

  /** A target due within this is "breaching soon". */
  public static final Duration SOON = Duration.ofHours(2);

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Members members;
  @Inject Tickets tickets;
  @Inject kb.accounts.Access access;
  @Inject Clock clock;
  @Inject kb.search.SearchLog searchLog;

  public List<TicketViews.Row> queue(String agent, TicketViews.Queue queue, int max) {
    return queue(agent, queue, null, null, 1, max);
  }

  /**
   * One page of a queue, narrowed and paged in the database (a large queue is never cut off):
   * {@code status} (null: the open ones) and {@code assignee} (null: anyone), most urgent first.
   */
  public List<TicketViews.Row> queue(
      String agent,
      TicketViews.Queue queue,
      TicketStatus status,
      String assignee,
      int page,
      int size) {
    tickets.requireAgent(agent);
    OffsetDateTime now = now();
    StringBuilder where =
        new StringBuilder(status == null ? "t.status in :open" : "t.status = :status");
    switch (queue) {
      case ALL_OPEN -> {}
      case MINE -> where.append(" and t.assignee = :agent");
      case UNASSIGNED -> where.append(" and t.assignee is null");
      case BREACHING ->
          // what row() marks breached or breaching soon
          where.append(
              " and t.status in :open and ((t.firstResponseAt is null and (t.firstResponseDue <"
                  + " :soon or t.resolutionDue < :now)) or (t.firstResponseAt is not null and"
                  + " t.resolutionDue < :soon))");
    }
    if (assignee != null) {
      where.append(" and lower(t.assignee) = :assignee");
    }
    var q =
        em.createQuery(
                "select t from Ticket t where " + where + " order by t.resolutionDue, t.id",
                Ticket.class)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size);
    List<TicketStatus> open =
        Arrays.stream(TicketStatus.values()).filter(TicketStatus::isOpen).toList();
    if (status == null || queue == TicketViews.Queue.BREACHING) {
      q.setParameter("open", open);
    }
    if (status != null) {
      q.setParameter("status", status);
    }
    if (queue == TicketViews.Queue.MINE) {
      q.setParameter("agent", agent);
    }
    if (queue == TicketViews.Queue.BREACHING) {
      q.setParameter("now", now).setParameter("soon", now.plus(SOON));
    }
    if (assignee != null) {
      q.setParameter("assignee", assignee.toLowerCase(Locale.ROOT));
    }
    return q.getResultList().stream().map(t -> row(t, now)).toList();
  }

  public List<TicketViews.Row> of(String requester, int max) {
    Member m = members.require(requester);
    OffsetDateTime now = now();
    return em
        .createQuery(
            "select t from Ticket t where t.requesterId = :r order by t.createdAt desc",
            Ticket.class)
        .setParameter("r", m.id())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(t -> row(t, now))
        .toList();
  }

  /** One ticket as {@code username} may see it: 404 for anyone but its requester and agents. */
  public TicketViews.Detail detail(String username, TicketNumber number) {
    Member viewer = members.find(username).orElseThrow(() -> new NotFound("ticket.notFound"));
    Ticket t = tickets.find(number);
    boolean agent = tickets.isAgent(viewer);
    if (!agent && t.requesterId() != viewer.id()) {
      throw new NotFound("ticket.notFound");
    }
    List<TicketViews.Message> messages =
        em
            .createQuery(
                "select m from TicketMessage m where m.ticketId = :t order by m.createdAt, m.id",
                TicketMessage.class)
            .setParameter("t", t.id())
            .getResultList()
            .stream()
            .filter(m -> agent || m.visible())
            .map(
                m ->
                    new TicketViews.Message(
                        m.id(),
                        m.author(),
                        m.staff(),
                        m.visible(),
                        m.html(),
                        m.answerId(),
                        m.createdAt()))
            .toList();
    return new TicketViews.Detail(
        t.number().toString(),
        t.status().name(),
        t.priority().name(),
        t.subject(),
        t.requester(),
        t.assignee(),
        t.questionId(),
        t.tags(),
        t.source(),
        t.mergedInto() == null ? null : new TicketNumber(t.mergedInto()).toString(),
        t.createdAt(),
        t.firstResponseDue(),
        t.resolutionDue(),
        t.firstResponseAt(),
        t.version(),
        agent ? searches(t) : List.of(),
        messages);
  }

  /** The thread's latest ticket, for its banner; null when it was never escalated. */
  public TicketViews.Banner banner(long questionId) {
    List<Ticket> found =
        em.createQuery(
                "select t from Ticket t where t.questionId = :q order by t.createdAt desc",
                Ticket.class)
            .setParameter("q", questionId)
            .setMaxResults(1)
            .getResultList();
    return found.isEmpty()
        ? null
        : new TicketViews.Banner(found.get(0).number().toString(), found.get(0).status().name());
  }

  /** The requester's searches in the week before the ticket was opened, newest first. */
  private List<TicketViews.Search> searches(Ticket t) {
    searchLog.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT query_text, hits, clicked_id, searched_at FROM search_log"
                    + " WHERE username = ?1 AND searched_at <= ?2 AND searched_at > ?3"
                    + " ORDER BY searched_at DESC")
            .setParameter(1, t.requester())
            .setParameter(2, t.createdAt())
            .setParameter(3, t.createdAt().minusDays(7))
            .setMaxResults(20)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TicketViews.Search(
                    (String) r[0], ((Number) r[1]).intValue(), r[2] != null, Sql.time(r[3])))
        .toList();
  }

  static TicketViews.Row row(Ticket t, OffsetDateTime now) {
    OffsetDateTime due = t.firstResponseAt() == null ? t.firstResponseDue() : t.resolutionDue();
    boolean open = t.status().isOpen();
    boolean breached =
        open
            && (now.isAfter(t.resolutionDue())
                || (t.firstResponseAt() == null && now.isAfter(t.firstResponseDue())));
    boolean soon = open && !breached && now.plus(SOON).isAfter(due);
    return new TicketViews.Row(
        t.number().toString(),
        t.subject(),
        t.requester(),
        t.status().name(),
        t.priority().name(),
        t.assignee(),
        t.questionId(),
        t.tags(),
        t.createdAt(),
        t.firstResponseDue(),
        t.resolutionDue(),
        breached,
        soon);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
