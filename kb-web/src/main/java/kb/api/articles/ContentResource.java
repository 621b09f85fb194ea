package kb.api.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.articles.ContentImporter;
import kb.articles.ImportReport;
import kb.articles.Views.ConflictView;
import kb.web.shared.CurrentActor;
import kb.web.startup.ContentStep;

/**
 * The content folder for editors and scripts: run the import again now (after changing files) and
 * list what it could not import. Not in DESIGN §5's list; added for editors' tooling.
 */
@Path("content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  @Inject ContentImporter importer;
  @Inject Access access;
  @Inject CurrentActor actor;
  @Inject ContentStep content;
  @Context SecurityContext security;
  @Context ServletContext servletContext;

  @POST
  @Path("import")
  public ImportReport importNow() {
    requireEditor();
    return importer.importFolder(content.folder(servletContext));
  }

  @GET
  @Path("conflicts")
  public List<ConflictView> conflicts() {
    requireEditor();
    return importer.openConflicts();
  }

  private void requireEditor() {
    access.require(actor.get(), Action.EDIT_ARTICLES);
  }
}
