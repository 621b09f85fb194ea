package kb.web.community;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kb.forum.Post;
import kb.forum.Posting;
import kb.search.SearchHit;
import kb.search.SearchService;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.web.FormErrors;
import kb.web.articles.FeedbackServlet;
import kb.web.i18n.UserLocale;

/**
 * Asking a question. While the title is typed, articles and threads that may already answer it are
 * offered; opening one is recorded, so that a visitor who leaves without asking counts as
 * deflected.
 */
@Named
@ViewScoped
public class AskView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 6;

  @Inject transient Posting posting;
  @Inject transient SearchService search;
  @Inject transient Viewer viewer;
  @Inject transient UserLocale userLocale;

  private String title = "";
  private String body = "";
  private String tags = "";
  private String locale;
  private List<SearchHit> suggestions = List.of();
  private final FormErrors errors = new FormErrors();

  public void init() {
    if (locale == null) {
      locale = userLocale.getLanguage();
    }
    if (title != null && title.strip().length() >= 3 && suggestions.isEmpty()) {
      suggest();
    }
  }

  /** Called as the title is typed (debounced in the page). */
  public void suggest() {
    String text = SearchService.normalize(title);
    if (text.length() < 3 || text.length() > SearchService.MAX_QUERY) {
      suggestions = List.of();
      return;
    }
    suggestions = search.search(text, locale, SUGGESTIONS).hits();
  }

  public void submit() throws IOException {
    errors.clear();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String visitor = FeedbackServlet.visitor(request, (HttpServletResponse) external.getResponse());
    try {
      Post q =
          posting.ask(
              viewer.getMember().username(),
              new Posting.QuestionInput(title, body, List.of(tags), locale),
              visitor,
              kb.web.shared.ClientAddress.remote(request));
      external.redirect(request.getContextPath() + "/questions/" + q.id());
    } catch (InvalidInput e) {
      errors.add(e);
    } catch (Forbidden e) {
      errors.add("form", e.messageKey(), e.arguments().toArray());
    }
  }

  /** The tracked link to open a suggestion: recorded, then redirected to the hit. */
  public String open(SearchHit hit) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return request.getContextPath()
        + "/suggestion?type="
        + hit.type()
        + "&id="
        + java.net.URLEncoder.encode(hit.slug(), java.nio.charset.StandardCharsets.UTF_8)
        + "&title="
        + java.net.URLEncoder.encode(
            title == null ? "" : title, java.nio.charset.StandardCharsets.UTF_8);
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

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public List<SearchHit> getSuggestions() {
    return suggestions;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
