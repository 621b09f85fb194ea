package kb.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.accounts.Actor;
import kb.accounts.Privileges;
import kb.forum.ThreadViews.CommentView;
import kb.forum.ThreadViews.Page;
import kb.forum.ThreadViews.PostView;
import kb.forum.ThreadViews.Sort;
import kb.forum.ThreadViews.Summary;
import kb.forum.ThreadViews.TagCount;
import kb.shared.validation.NotFound;

/**
 * Reading the community: question lists (paged, sorted, by tag and language), whole threads, tags
 * and revisions. Hidden and deleted posts are left out unless the reader moderates; an author still
 * sees their own hidden post, marked as awaiting review.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class Threads {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_PAGE = 100_000;

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Privileges privileges;
  @Inject ThreadActions actions;

  public Page list(Sort sort, String tag, String locale, int page, int size) {
    int p = Math.max(1, Math.min(page, MAX_PAGE));
    int s = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    StringBuilder where =
        new StringBuilder(
            " from Post p where p.kind = kb.forum.PostKind.QUESTION"
                + " and p.deleted = false and p.hidden = false");
    if (tag != null && !tag.isBlank()) {
      where.append(" and :tag member of p.tags");
    }
    if (locale != null && !locale.isBlank()) {
      where.append(" and p.locale = :locale");
    }
    if (sort == Sort.UNANSWERED) {
      where.append(" and p.answerCount = 0");
    }
    String order =
        switch (sort == null ? Sort.ACTIVE : sort) {
          case NEWEST, UNANSWERED -> " order by p.createdAt desc, p.id desc";
          case VOTES -> " order by p.score desc, p.createdAt desc, p.id desc";
          case ACTIVE -> " order by p.activityAt desc, p.id desc";
        };
    TypedQuery<Post> q = em.createQuery("select p" + where + order, Post.class);
    TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
    if (tag != null && !tag.isBlank()) {
      q.setParameter("tag", tag.strip().toLowerCase(java.util.Locale.ROOT));
      count.setParameter("tag", tag.strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (locale != null && !locale.isBlank()) {
      q.setParameter("locale", locale);
      count.setParameter("locale", locale);
    }
    List<Summary> items =
        q.setFirstResult((p - 1) * s).setMaxResults(s).getResultList().stream()
            .map(Threads::summary)
            .toList();
    return new Page(items, count.getSingleResult(), p, s);
  }

  /** Questions by one member, best first. */
  public List<Summary> byAuthor(long accountId, int max) {
    return em
        .createQuery(
            "select p from Post p where p.authorId = :a and p.kind = kb.forum.PostKind.QUESTION"
                + " and p.deleted = false and p.hidden = false order by p.score desc, p.id desc",
            Post.class)
        .setParameter("a", accountId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(Threads::summary)
        .toList();
  }

  /** The threads a member answered, by the answer's score, best first. */
  public List<Summary> answeredBy(long accountId, int max) {
    List<Post> answers =
        em.createQuery(
                "select p from Post p where p.authorId = :a and p.kind = kb.forum.PostKind.ANSWER"
                    + " and p.deleted = false and p.hidden = false order by p.score desc, p.id desc",
                Post.class)
            .setParameter("a", accountId)
            .setMaxResults(max)
            .getResultList();
    List<Summary> out = new ArrayList<>();
    for (Post a : answers) {
      Post q = em.find(Post.class, a.questionId());
      if (q != null && !q.deleted() && !q.hidden()) {
        Summary s = summary(q);
        out.add(
            new Summary(
                s.id(),
                s.title(),
                s.author(),
                s.locale(),
                s.tags(),
                a.score(),
                s.answers(),
                s.views(),
                a.id().equals(q.acceptedAnswerId()),
                s.closed(),
                a.createdAt(),
                s.activityAt()));
      }
    }
    return out;
  }

  /**
   * A whole thread for {@code viewerId} (null for a visitor): 404 when the question is deleted or
   * hidden and the viewer neither moderates nor wrote it.
   */
  public ThreadViews.Thread thread(long id, Actor viewer) {
    Long viewerId = viewer.signedIn() ? viewer.id() : null;
    boolean moderator = privileges.moderates(viewer);
    Post q = em.find(Post.class, id);
    if (q == null || !q.isQuestion() || !visible(q, viewerId, moderator)) {
      throw new NotFound("forum.notFound");
    }
    List<Post> answers =
        em
            .createQuery("select p from Post p where p.questionId = :q", Post.class)
            .setParameter("q", id)
            .getResultList()
            .stream()
            .filter(a -> visible(a, viewerId, moderator))
            .sorted(
                Comparator.comparing((Post a) -> !a.id().equals(q.acceptedAnswerId()))
                    .thenComparing(a -> !a.official())
                    .thenComparing(Comparator.comparingInt(Post::score).reversed())
                    .thenComparing(Post::createdAt))
            .toList();
    List<Long> ids = new ArrayList<>();
    ids.add(q.id());
    answers.forEach(a -> ids.add(a.id()));
    Map<Long, List<CommentView>> comments = comments(ids);
    Map<Long, Integer> reputations = reputations(q, answers);
    return new ThreadViews.Thread(
        q.id(),
        q.title(),
        q.locale(),
        q.tags(),
        status(q),
        q.closedReason(),
        q.duplicateOf(),
        q.locked(),
        q.views(),
        q.acceptedAnswerId(),
        view(q, q, comments, reputations, actions.post(viewer, q, q)),
        answers.stream()
            .map(a -> view(a, q, comments, reputations, actions.post(viewer, q, a)))
            .toList(),
        actions.thread(viewer, q));
  }

  public List<TagCount> tags(String locale, int max) {
    String sql =
        "SELECT t.tag, COUNT(*) FROM post_tag t JOIN post p ON p.id = t.post_id"
            + " WHERE p.deleted = FALSE AND p.hidden = FALSE"
            + (locale == null ? "" : " AND p.locale = ?1")
            + " GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag";
    var q = em.createNativeQuery(sql);
    if (locale != null) {
      q.setParameter(1, locale);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(max).getResultList();
    return rows.stream()
        .map(r -> new TagCount((String) r[0], ((Number) r[1]).longValue()))
        .toList();
  }

  public List<ThreadViews.Revision> revisions(long postId) {
    return em
        .createQuery(
            "select r from PostRevision r where r.postId = :p order by r.number desc",
            PostRevision.class)
        .setParameter("p", postId)
        .getResultList()
        .stream()
        .map(
            r ->
                new ThreadViews.Revision(
                    r.number(), r.editor(), r.title(), r.markdown(), r.tags(), r.createdAt()))
        .toList();
  }

  static String status(Post q) {
    if (q.deleted()) {
      return "DELETED";
    }
    if (q.hidden()) {
      return "HIDDEN";
    }
    if (q.locked()) {
      return "LOCKED";
    }
    if (q.closedReason() != null) {
      return "CLOSED";
    }
    return q.acceptedAnswerId() != null ? "ANSWERED" : "OPEN";
  }

  private static boolean visible(Post p, Long viewerId, boolean moderator) {
    if (moderator) {
      return true;
    }
    if (p.deleted()) {
      return false;
    }
    return !p.hidden() || (viewerId != null && viewerId == p.authorId());
  }

  private Map<Long, List<CommentView>> comments(List<Long> postIds) {
    Map<Long, List<CommentView>> out = new HashMap<>();
    em.createQuery(
            "select c from Comment c where c.postId in :ids and c.deleted = false order by c.id",
            Comment.class)
        .setParameter("ids", postIds)
        .getResultList()
        .forEach(
            c ->
                out.computeIfAbsent(c.postId(), k -> new ArrayList<>())
                    .add(new CommentView(c.id(), c.author(), c.text(), c.createdAt())));
    return out;
  }

  private Map<Long, Integer> reputations(Post q, List<Post> answers) {
    List<Long> authors = new ArrayList<>();
    authors.add(q.authorId());
    answers.forEach(a -> authors.add(a.authorId()));
    Map<Long, Integer> out = new HashMap<>();
    String ids =
        authors.stream()
            .distinct()
            .map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, reputation FROM account WHERE id IN (" + ids + ")")
            .getResultList();
    rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return out;
  }

  private static PostView view(
      Post p,
      Post q,
      Map<Long, List<CommentView>> comments,
      Map<Long, Integer> reputations,
      Set<String> actions) {
    return new PostView(
        p.id(),
        p.kind(),
        p.author(),
        reputations.getOrDefault(p.authorId(), 0),
        p.html(),
        p.markdown(),
        p.score(),
        p.id().equals(q.acceptedAnswerId()),
        p.official(),
        p.hidden(),
        p.deleted(),
        p.createdAt(),
        p.editedAt(),
        p.version(),
        comments.getOrDefault(p.id(), List.of()),
        actions);
  }

  static Summary summary(Post q) {
    return new Summary(
        q.id(),
        q.title(),
        q.author(),
        q.locale(),
        q.tags(),
        q.score(),
        q.answerCount(),
        q.views(),
        q.acceptedAnswerId() != null,
        q.closedReason() != null,
        q.createdAt(),
        q.activityAt());
  }
}
