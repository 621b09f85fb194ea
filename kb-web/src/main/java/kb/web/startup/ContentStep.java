package kb.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.articles.ContentImporter;
import kb.shared.config.KbConfig;

/**
 * Imports the articles folder at start-up: {@code KB_CONTENT_DIR} when set, otherwise the {@code
 * content/} the war carries. Also the one place pages ask for that folder.
 */
@ApplicationScoped
public class ContentStep {

  @Inject ContentImporter importer;

  private volatile Path folder;

  String run(ServletContext context) {
    Path dir = folder(context);
    if (!Files.isDirectory(dir)) {
      return "no content folder at " + dir;
    }
    return importer.importFolder(dir) + " from " + dir;
  }

  public Path folder(ServletContext context) {
    if (folder == null) {
      folder =
          KbConfig.current()
              .contentDir()
              .orElseGet(() -> Path.of(context.getRealPath("/WEB-INF/content")))
              .toAbsolutePath();
    }
    return folder;
  }
}
