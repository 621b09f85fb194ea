package kb.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.articles.ArticleInput;
import kb.articles.ArticleService;
import kb.articles.Slug;
import kb.articles.Status;
import kb.articles.Views.ArticlePage;
import kb.forum.Post;
import kb.forum.Posts;
import kb.reputation.Member;
import kb.reputation.Members;
import kb.shared.validation.Conflict;

/**
 * Turns what support or the community already answered into a knowledge-base draft with one action:
 * a solved ticket (its question and the public replies) or a thread's accepted answer. The draft
 * lands in the editors' workspace to be finished, never published directly.
 */
@ApplicationScoped
@Transactional
public class KnowledgeCapture {

  /** Community tags that say which help-center category a draft belongs in. */
  static final Map<String, String> CATEGORIES =
      Map.ofEntries(
          Map.entry("shipping", "shipping"),
          Map.entry("delivery", "shipping"),
          Map.entry("customs", "shipping"),
          Map.entry("click-and-collect", "shipping"),
          Map.entry("orders", "orders"),
          Map.entry("returns", "returns-refunds"),
          Map.entry("refunds", "returns-refunds"),
          Map.entry("exchanges", "returns-refunds"),
          Map.entry("damaged-items", "returns-refunds"),
          Map.entry("payments", "payments"),
          Map.entry("pay-later", "payments"),
          Map.entry("gift-cards", "payments"),
          Map.entry("discounts", "payments"),
          Map.entry("sizes", "products"),
          Map.entry("accounts", "account-privacy"));

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Members members;
  @Inject Tickets tickets;
  @Inject Posts posts;
  @Inject ArticleService articles;
  @Inject Access access;

  /**
   * A draft from a solved (or closed) ticket: the question and every public agent reply. Agents
   * only: an editor works from the thread's accepted answer or from the draft an agent made.
   */
  public ArticlePage fromTicket(String username, TicketNumber number) {
    Member who = members.require(username);
    // a ticket holds what a customer told support alone: agents read it, editors do not
    access.require(who, Action.CAPTURE_TICKETS);
    Ticket t = tickets.find(number);
    if (t.status().isOpen()) {
      throw new Conflict("capture.ticketOpen");
    }
    List<TicketMessage> replies =
        em.createQuery(
                "select m from TicketMessage m where m.ticketId = :t and m.staff = true"
                    + " and m.visible = true order by m.createdAt",
                TicketMessage.class)
            .setParameter("t", t.id())
            .getResultList();
    if (replies.isEmpty()) {
      throw new Conflict("capture.nothingAnswered");
    }
    Post found = t.questionId() == null ? null : posts.question(t.questionId());
    // the thread is gone: the draft keeps the ticket's own text
    Post q = found == null || found.deleted() ? null : found;
    StringBuilder answer = new StringBuilder();
    replies.forEach(m -> answer.append(m.markdown()).append("\n\n"));
    return draft(
        who,
        t.subject(),
        q == null ? "" : q.markdown(),
        answer.toString(),
        q,
        "ticket " + t.number());
  }

  /** A draft from a thread's accepted answer. */
  public ArticlePage fromAcceptedAnswer(String username, long questionId) {
    Member who = members.require(username);
    access.require(who, Action.WRITE_DRAFTS);
    Post q = posts.question(questionId);
    if (q.deleted() || q.hidden()) {
      throw new kb.shared.validation.NotFound("forum.notFound");
    }
    if (q.acceptedAnswerId() == null) {
      throw new Conflict("capture.noAcceptedAnswer");
    }
    Post a = posts.find(q.acceptedAnswerId());
    if (a.deleted() || a.hidden()) {
      throw new Conflict("capture.noAcceptedAnswer");
    }
    return draft(who, q.title(), q.markdown(), a.markdown(), q, "thread " + q.id());
  }

  private ArticlePage draft(
      Member who, String title, String question, String answer, Post q, String source) {
    String markdown =
        "<!-- Draft from "
            + source
            + ": rewrite it as a help article before publishing. -->\n\n"
            + "## The question\n\n"
            + question.strip()
            + "\n\n## The answer\n\n"
            + answer.strip()
            + "\n";
    Set<String> tags = new LinkedHashSet<>(q == null ? List.of() : q.tags());
    String category =
        tags.stream().map(CATEGORIES::get).filter(c -> c != null).findFirst().orElse(null);
    String locale = q == null ? "en" : q.locale();
    return articles.create(
        new ArticleInput(
            uniqueSlug(title), locale, title, markdown, category, tags, Status.DRAFT, null),
        who);
  }

  private String uniqueSlug(String title) {
    String base = Slug.fromTitle(title).value();
    String slug = base;
    for (int i = 2; articles.exists(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }
}
