package kb.web.community;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kb.forum.Post;
import kb.forum.Posting;
import kb.forum.Posts;
import kb.forum.ThreadViews;
import kb.forum.Threads;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.FormErrors;

/**
 * Editing a post, with its revision history. The version the editor started from goes with the
 * save: if someone else saved meanwhile, the save is refused and the editor's text is kept.
 */
@Named
@ViewScoped
public class EditPostView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Posts posts;
  @Inject transient Posting posting;
  @Inject transient Threads threads;
  @Inject transient Viewer viewer;
  @Inject transient kb.accounts.Privileges privileges;

  private long post;
  private boolean question;
  private long threadId;
  private String title;
  private String body;
  private String tags;
  private long version;
  private List<ThreadViews.Revision> revisions = List.of();
  private final FormErrors errors = new FormErrors();

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      Post p = posts.find(post);
      Post q = p.isQuestion() ? p : posts.find(p.questionId());
      boolean moderator = privileges.moderates(viewer.getMember());
      boolean mine = viewer.isSignedIn() && p.authorId() == viewer.getId();
      boolean visible = !p.deleted() && !q.deleted() && ((!p.hidden() && !q.hidden()) || mine);
      if (!(visible || moderator) || !(mine || viewer.may("EDIT_OTHERS"))) {
        throw new NotFound("forum.notFound");
      }
      question = p.isQuestion();
      threadId = p.threadId();
      title = p.title();
      body = p.markdown();
      tags = String.join(" ", p.tags());
      version = p.version();
      revisions = threads.revisions(post);
    } catch (NotFound e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void save() throws IOException {
    errors.clear();
    try {
      posting.edit(
          viewer.getMember().username(),
          post,
          new Posting.QuestionInput(title, body, List.of(tags == null ? "" : tags), null),
          version);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      HttpServletRequest r = (HttpServletRequest) external.getRequest();
      external.redirect(
          r.getContextPath() + "/questions/" + threadId + (question ? "#question" : "#a" + post));
    } catch (InvalidInput e) {
      errors.add(e);
    } catch (Forbidden e) {
      errors.add("form", e.messageKey(), e.arguments().toArray());
    } catch (Conflict | NotFound e) {
      errors.add("form", e instanceof Conflict c ? c.messageKey() : ((NotFound) e).messageKey());
      revisions = threads.revisions(post);
    } catch (jakarta.persistence.PersistenceException e) {
      errors.add("form", "forum.stale");
    }
  }

  public String getPost() {
    return String.valueOf(post);
  }

  /** Taken as text, so that a malformed id is a 404 rather than a skipped view action. */
  public void setPost(String post) {
    this.post = post != null && post.matches("\\d{1,18}") ? Long.parseLong(post) : -1;
  }

  public boolean isQuestion() {
    return question;
  }

  public long getThreadId() {
    return threadId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public List<ThreadViews.Revision> getRevisions() {
    return revisions;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
