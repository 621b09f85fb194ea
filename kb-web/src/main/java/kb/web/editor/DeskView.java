package kb.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletContext;
import java.util.List;
import kb.articles.ContentImporter;
import kb.articles.EditorialService;
import kb.articles.Views.ConflictView;
import kb.articles.Views.FeedbackItem;
import kb.articles.Views.TranslationState;
import kb.web.shared.CurrentActor;
import kb.web.startup.ContentStep;

/** The smaller editor pages: translations of an article, import conflicts, visitor comments. */
@Named
@RequestScoped
public class DeskView {

  @Inject EditorialService editorial;
  @Inject CurrentActor actor;
  @Inject ContentImporter importer;
  @Inject ContentStep content;
  @Inject SecurityContext security;

  private String slug;
  private boolean mine = true;
  private String report;

  public List<TranslationState> getTranslations() {
    return editorial.translations(actor.get(), slug);
  }

  public List<ConflictView> getConflicts() {
    return importer.openConflicts();
  }

  public void resolve(long id, boolean takeFile) {
    ServletContext context =
        (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
    importer.resolve(id, takeFile, content.folder(context));
  }

  /** Runs the import again (after files in the content folder changed). */
  public void importNow() {
    ServletContext context =
        (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
    report = importer.importFolder(content.folder(context)).toString();
  }

  public String getReport() {
    return report;
  }

  public List<FeedbackItem> getFeedback() {
    return editorial.feedbackQueue(actor.get(), mine ? actor.getUsername() : null);
  }

  public void handled(long id) {
    editorial.markFeedbackHandled(actor.get(), id);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}
