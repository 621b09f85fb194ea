package kb.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.forum.Posts;
import kb.reputation.Members;
import kb.shared.validation.InvalidInput;

/**
 * The scheduled escalation rules, each switchable with its hours: NO_ANSWER (a question without an
 * answer after N hours), NO_ACCEPTED (answers but none accepted after M hours) and NOT_HELPFUL (the
 * asker voted an answer down). Every node schedules them; the {@code escalation_cursor} row lock
 * lets one node at a time run them, and a run less than a minute after the last one is skipped, so
 * they run once per cluster. A thread escalated once is not escalated again by a rule.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class EscalationRules {

  private static final Logger LOG = Logger.getLogger(EscalationRules.class.getName());
  static final int MAX_PER_RUN = 200;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Tickets tickets;
  @Inject Posts posts;
  @Inject Members members;
  @Inject Clock clock;
  @Inject kb.accounts.Access access;
  @Inject kb.accounts.AuditLog audit;

  /** Itself through its proxy, so that {@link #run} gets its own transaction when scheduled. */
  @Inject EscalationRules self;

  public record Rule(String name, boolean enabled, int hours) implements Serializable {}

  public List<Rule> rules() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT name, enabled, hours FROM escalation_rule ORDER BY name")
            .getResultList();
    return rows.stream()
        .map(r -> new Rule((String) r[0], (Boolean) r[1], ((Number) r[2]).intValue()))
        .toList();
  }

  /** An administrator changes a rule. */
  @Transactional
  public void change(String admin, String name, boolean enabled, int hours) {
    access.require(members.require(admin), kb.accounts.Action.ADMINISTER);
    if (hours < 0 || hours > 24 * 90) {
      throw new InvalidInput("hours", "ticket.rules.hours", 24 * 90);
    }
    int n =
        em.createNativeQuery("UPDATE escalation_rule SET enabled = ?1, hours = ?2 WHERE name = ?3")
            .setParameter(1, enabled)
            .setParameter(2, hours)
            .setParameter(3, name)
            .executeUpdate();
    if (n == 0) {
      throw new InvalidInput("name", "ticket.rules.unknown");
    }
    audit.record(
        kb.accounts.AuditKind.SETTING_CHANGED,
        admin,
        null,
        null,
        "escalation rule " + name + ": " + (enabled ? "on" : "off") + ", " + hours + " h");
  }

  /** The scheduled run: as of now, skipped when another node ran within the last minute. */
  public void runScheduled() {
    try {
      self.run(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "escalation rules failed; the next run retries", e);
    }
  }

  /**
   * Runs the rules as of {@code now} (tests and administrators pass another time) and returns the
   * ticket numbers opened.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> run(OffsetDateTime now, boolean skipIfRecent) {
    Object last =
        em.createNativeQuery("SELECT ran_at FROM escalation_cursor WHERE id = 1 FOR UPDATE")
            .getSingleResult();
    OffsetDateTime ranAt = last == null ? null : kb.reputation.Sql.time(last);
    if (skipIfRecent && ranAt != null && ranAt.isAfter(now.minusSeconds(55))) {
      return List.of();
    }
    List<String> opened = new ArrayList<>();
    for (Rule rule : rules()) {
      if (!rule.enabled()) {
        continue;
      }
      for (Long id : candidates(rule, now)) {
        Ticket t = tickets.openByRule(id, "rule " + rule.name() + " (" + rule.hours() + " h)");
        opened.add(t.number().toString());
      }
    }
    if (skipIfRecent) {
      // only the schedule's own runs count: a run "as of" another time must not stall it
      em.createNativeQuery("UPDATE escalation_cursor SET ran_at = ?1 WHERE id = 1")
          .setParameter(1, now)
          .executeUpdate();
    }
    return opened;
  }

  private List<Long> candidates(Rule rule, OffsetDateTime now) {
    String notEscalated =
        " AND q.kind = 'QUESTION' AND q.deleted = FALSE AND q.hidden = FALSE AND q.locked = FALSE"
            + " AND q.closed_reason IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.question_id = q.id)"
            // threads imported from another forum are history, not customers waiting
            + " AND NOT EXISTS (SELECT 1 FROM forum_import fi WHERE fi.post_id = q.id)";
    String sql =
        switch (rule.name()) {
          case "NO_ANSWER" ->
              "SELECT q.id FROM post q WHERE q.answer_count = 0 AND q.created_at < ?1"
                  + notEscalated;
          case "NO_ACCEPTED" ->
              "SELECT q.id FROM post q WHERE q.answer_count > 0"
                  + " AND q.accepted_answer_id IS NULL AND q.created_at < ?1"
                  + notEscalated;
          case "NOT_HELPFUL" ->
              "SELECT DISTINCT q.id FROM post q JOIN post a ON a.question_id = q.id"
                  + " JOIN post_vote v ON v.post_id = a.id"
                  + " WHERE v.voter_id = q.author_id AND v.direction = -1 AND v.created_at < ?1"
                  + notEscalated;
          default -> null;
        };
    if (sql == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(sql + " ORDER BY q.id")
            .setParameter(1, now.minusHours(rule.hours()))
            .setMaxResults(MAX_PER_RUN)
            .getResultList();
    return ids.stream().map(o -> ((Number) o).longValue()).toList();
  }
}
