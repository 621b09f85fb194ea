package kb.web.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.forum.AuditEntry;
import kb.forum.Flag;
import kb.forum.Moderation;
import kb.forum.Post;
import kb.forum.Posts;
import kb.shared.validation.Forbidden;

/**
 * The moderator queue: each flagged post in context (its text, thread and flags) with the actions
 * that settle it, and the audit log of what moderators did.
 */
@Named
@ViewScoped
public class ModerationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Moderation moderation;
  @Inject transient Posts posts;
  @Inject transient Viewer viewer;

  /** One flagged post with its flags. */
  public record Item(
      long postId,
      long threadId,
      String title,
      String author,
      String html,
      boolean hidden,
      List<String> flags)
      implements Serializable {}

  private List<Item> items = List.of();
  private List<AuditView> audit = List.of();
  private final Map<Long, String> notes = new LinkedHashMap<>();

  public record AuditView(
      String moderator, String action, Long postId, String detail, java.time.OffsetDateTime at)
      implements Serializable {}

  public void load() throws IOException {
    if (!viewer.isModerator()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    refresh();
  }

  private void refresh() {
    Map<Long, List<String>> byPost = new LinkedHashMap<>();
    for (Flag f : moderation.pendingFlags(500)) {
      byPost
          .computeIfAbsent(f.postId(), k -> new ArrayList<>())
          .add(f.flagger() + ": " + f.reason() + (f.detail() == null ? "" : " — " + f.detail()));
    }
    List<Item> out = new ArrayList<>();
    for (Map.Entry<Long, List<String>> e : byPost.entrySet()) {
      Post p = posts.find(e.getKey());
      String title = p.isQuestion() ? p.title() : posts.find(p.questionId()).title();
      out.add(
          new Item(p.id(), p.threadId(), title, p.author(), p.html(), p.hidden(), e.getValue()));
    }
    items = out;
    List<AuditView> log = new ArrayList<>();
    for (AuditEntry a : moderation.audit(0, 50)) {
      log.add(new AuditView(a.moderator(), a.action(), a.postId(), a.detail(), a.createdAt()));
    }
    audit = log;
  }

  public void review(long postId, String action) {
    try {
      moderation.review(
          viewer.getMember().username(),
          postId,
          Moderation.Review.valueOf(action),
          notes.get(postId));
    } catch (Forbidden
        | kb.shared.validation.Conflict
        | kb.shared.validation.NotFound
        | jakarta.persistence.PersistenceException e) {
      // lost the privilege, or another moderator settled it first: show the queue as it is now
    }
    refresh();
  }

  public List<Item> getItems() {
    return items;
  }

  public List<AuditView> getAudit() {
    return audit;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
