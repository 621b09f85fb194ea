package kb.shared.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kb.shared.TestData;
import org.junit.jupiter.api.Test;

/**
 * Measures our Markdown configuration against the 652 examples of the CommonMark 0.31 spec and
 * prints the pass count. Heading ids (which the spec does not expect) are removed before comparing;
 * the sanitizer is measured separately because it re-serialises the HTML.
 */
class CommonMarkSpecTest {

  @Test
  void passesTheCommonMarkSpec() throws Exception {
    Optional<Path> data = TestData.sharedData();
    assumeTrue(
        data.isPresent() && Files.exists(data.get().resolve("commonmark-0.31-spec.json")),
        "shared/data/commonmark-0.31-spec.json not present");
    JsonArray examples =
        Json.createReader(
                new StringReader(Files.readString(data.get().resolve("commonmark-0.31-spec.json"))))
            .readArray();
    int passed = 0;
    int survivesSanitizer = 0;
    for (JsonObject example : examples.getValuesAs(JsonObject.class)) {
      String markdown = example.getString("markdown");
      String expected = example.getString("html");
      String actual =
          MarkdownRenderer.renderUnsanitized(markdown).replaceAll("(<h[1-6]) id=\"[^\"]*\"", "$1");
      if (actual.equals(expected)) {
        passed++;
        String sanitized = MarkdownRenderer.render(markdown, Audience.EDITOR).html();
        if (normalize(sanitized).equals(normalize(expected))) {
          survivesSanitizer++;
        }
      }
    }
    System.out.printf(
        "CommonMark 0.31: %d/%d examples pass; %d of them also pass unchanged through the editor sanitizer%n",
        passed, examples.size(), survivesSanitizer);
    assertTrue(passed >= 600, "passed " + passed);
  }

  /** Whitespace between tags and self-closing slashes are serialisation, not meaning. */
  private static String normalize(String html) {
    return html.replaceAll("(<h[1-6]) id=\"[^\"]*\"", "$1")
        .replace(" />", ">")
        .replace("/>", ">")
        .replaceAll(">\\s+<", "><")
        .replace("&#34;", "&quot;")
        .replace("&#39;", "'")
        .strip();
  }
}
