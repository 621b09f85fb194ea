package kb.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kb.articles.EditorialService;
import kb.articles.Status;
import kb.articles.Views.EditorRow;
import kb.shared.i18n.Locales;
import kb.web.shared.CurrentActor;

/** The article list of the editor workspace, filtered by GET parameters (bookmarkable). */
@Named
@RequestScoped
public class WorkspaceView {

  @Inject EditorialService editorial;
  @Inject CurrentActor actor;

  private String status;
  private String owner;
  private String locale;
  private boolean due;
  private List<EditorRow> rows;

  public void load() {
    Status s = null;
    for (Status candidate : Status.values()) {
      if (candidate.name().equals(status)) {
        s = candidate;
      }
    }
    String o = owner == null || owner.isBlank() ? null : owner.strip();
    String l = Locales.isSupported(locale) ? locale : null;
    rows = editorial.workspace(actor.get(), new EditorialService.Filter(s, o, l, due));
  }

  public List<Status> getStatuses() {
    return List.of(Status.values());
  }

  public List<EditorRow> getRows() {
    return rows;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public boolean isDue() {
    return due;
  }

  public void setDue(boolean due) {
    this.due = due;
  }
}
