package kb.shared.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kb.shared.TestData;
import org.junit.jupiter.api.Test;

/** Every XSS vector of shared/data/xss, as Markdown and inside Markdown, under both policies. */
class XssVectorTest {

  private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*script");
  private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]*\\son[a-z]+\\s*=");
  private static final Pattern BAD_URL =
      Pattern.compile(
          "(?i)(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):");

  static List<String> vectors() throws Exception {
    Optional<Path> data = TestData.sharedData();
    if (data.isEmpty() || !Files.isDirectory(data.get().resolve("xss"))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(data.get().resolve("xss"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void noVectorSurvivesEitherPolicy() throws Exception {
    List<String> vectors = vectors();
    assumeTrue(!vectors.isEmpty(), "shared/data/xss not present");
    int checked = 0;
    for (String vector : vectors) {
      for (String markdown :
          List.of(
              vector,
              "Hello " + vector + " world",
              "[click](" + vector + ")",
              "![img](" + vector + ")",
              "<div>\n" + vector + "\n</div>",
              "| a |\n|---|\n| " + vector + " |")) {
        for (Audience audience : Audience.values()) {
          String html = MarkdownRenderer.render(markdown, audience).html();
          assertFalse(SCRIPT.matcher(html).find(), () -> "script from " + vector + " -> " + html);
          assertFalse(
              EVENT_HANDLER.matcher(html).find(), () -> "handler from " + vector + " -> " + html);
          assertFalse(BAD_URL.matcher(html).find(), () -> "url from " + vector + " -> " + html);
          checked++;
        }
      }
    }
    System.out.printf(
        "XSS: %d vectors, %d renderings checked, 0 unsafe%n", vectors.size(), checked);
    assertTrue(checked > 0);
  }
}
