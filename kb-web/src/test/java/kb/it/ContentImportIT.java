package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content importer (DESIGN §3) through {@code POST /content/import}: the test writes files into
 * the server's content folder ({@code KB_CONTENT_DIR}, a copy of {@code content/} made by the
 * build).
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  private final Path content = Path.of(System.getProperty("kb.it.content", "target/it-content-h2"));

  private final Api editor() {
    return new Api(base).as(ArticlesIT.EDITOR, ArticlesIT.PASSWORD);
  }

  private void write(String slug, String locale, String text) throws IOException {
    Path file = content.resolve("articles").resolve(slug).resolve(locale + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String file(String title, String body) {
    return "---\ntitle: " + title + "\ncategory: orders\ntags: [orders, it]\n---\n" + body + "\n";
  }

  private JsonObject importNow() {
    Api.Response r = editor().post("api/v1/content/import", "");
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private String conflicts() {
    Api.Response r = editor().get("api/v1/content/conflicts");
    assertEquals(200, r.status(), r.body());
    return r.body();
  }

  @Test
  void newFilesImportOnceAndABrokenFileIsReportedWhileTheRestImports() throws IOException {
    String good = ArticlesIT.slug("it-file");
    String broken = ArticlesIT.slug("it-broken");
    write(good, "en", file("Where do I find my parcel number?", "On the **dispatch** email."));
    write(good, "tr", file("Kargo numaramı nerede bulurum?", "Gönderim e-postasında."));
    write(broken, "en", "title: no front matter fence\n\nBody.\n");

    JsonObject first = importNow();
    assertTrue(first.getInt("created") >= 2, first.toString());
    assertTrue(first.getInt("broken") >= 1, first.toString());

    JsonObject article = new Api(base).get("api/v1/articles/" + good + "?locale=tr").json();
    assertEquals("Kargo numaramı nerede bulurum?", article.getString("title"));
    assertEquals(2, article.getJsonArray("translations").size());
    String listed = conflicts();
    assertTrue(listed.contains("articles/" + broken + "/en.md"), listed);
    assertTrue(listed.contains("must start with a front matter block"), listed);

    JsonObject again = importNow();
    assertEquals(0, again.getInt("created"), again.toString());
    assertEquals(0, again.getInt("updated"), again.toString());
  }

  @Test
  void aChangedFileUpdatesItsArticleButNeverOverwritesAnEditInTheSite() throws IOException {
    String slug = ArticlesIT.slug("it-edit");
    write(slug, "en", file("Gift wrapping", "Version one from the file."));
    importNow();
    write(slug, "en", file("Gift wrapping", "Version two from the file."));
    assertTrue(importNow().getInt("updated") >= 1);
    JsonObject imported = new Api(base).get("api/v1/articles/" + slug).json();
    assertTrue(imported.getString("markdown").contains("Version two"));

    String siteEdit =
        ArticlesIT.article(
            null,
            "Gift wrapping",
            "Edited in the site by an editor.",
            "PUBLISHED",
            imported.getJsonNumber("version").longValue());
    Api editor = editor();
    Api.Response saved =
        editor.send(
            editor
                .request("api/v1/articles/" + slug + "/en")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(siteEdit)));
    assertEquals(200, saved.status(), saved.body());

    write(slug, "en", file("Gift wrapping", "Version three from the file."));
    JsonObject report = importNow();
    assertTrue(report.getInt("conflicts") >= 1, report.toString());
    assertTrue(
        new Api(base)
            .get("api/v1/articles/" + slug)
            .json()
            .getString("markdown")
            .contains("Edited in the site"),
        "the site's edit survives the import");
    String listed = conflicts();
    assertTrue(listed.contains("\"slug\":\"" + slug + "\""), listed);
    assertTrue(listed.contains("EDITED_IN_SITE"), listed);
  }
}
