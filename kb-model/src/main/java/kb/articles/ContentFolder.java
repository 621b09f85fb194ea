package kb.articles;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a content folder (DESIGN §3): {@code categories.yml} and the article files. */
public final class ContentFolder {

  /** A category as categories.yml declares it. */
  public record CategoryDef(String id, int order, Map<String, String> names) {}

  private ContentFolder() {}

  public static List<CategoryDef> categories(Path root) throws IOException {
    Path file = root.resolve("categories.yml");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<CategoryDef> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file)) {
      Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
      if (parsed instanceof List<?> list) {
        int position = 0;
        for (Object item : list) {
          if (item instanceof Map<?, ?> m && m.get("id") != null) {
            Map<String, String> names = new HashMap<>();
            if (m.get("name") instanceof Map<?, ?> n) {
              n.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
            }
            int order = m.get("order") instanceof Number num ? num.intValue() : ++position;
            out.add(new CategoryDef(String.valueOf(m.get("id")), order, names));
          }
        }
      }
    }
    return out;
  }

  /** Every {@code articles/<slug>/<locale>.md}, read and hashed, in a stable order. */
  public static List<ContentFile> articles(Path root) throws IOException {
    Path articles = root.resolve("articles");
    if (!Files.isDirectory(articles)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(articles, 2)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> p.getParent() != null && !p.getParent().equals(articles))
          .filter(Files::isRegularFile)
          .sorted()
          .map(p -> ContentFile.read(root, p))
          .toList();
    }
  }
}
