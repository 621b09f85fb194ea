package kb.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.shared.i18n.Locales;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The default synonym groups shipped in {@code content/synonyms.yml}: per locale, a list of groups,
 * each a list of terms. Seeded into the database once; editors change them in the site after that.
 */
public final class SynonymFile {

  public static final String NAME = "synonyms.yml";

  private SynonymFile() {}

  public static Map<String, List<List<String>>> read(Path contentRoot) throws IOException {
    Path file = contentRoot.resolve(NAME);
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (Reader r = Files.newBufferedReader(file)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
      if (!(root instanceof Map<?, ?> map)) {
        throw new IOException(file + ": expected a map of locale to groups");
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String locale = String.valueOf(e.getKey());
        if (!Locales.isSupported(locale) || !(e.getValue() instanceof List<?> groups)) {
          throw new IOException(file + ": " + locale + " is not a supported locale with a list");
        }
        List<List<String>> parsed = new ArrayList<>();
        for (Object g : groups) {
          if (!(g instanceof List<?> terms)) {
            throw new IOException(file + ": each group of " + locale + " must be a list of terms");
          }
          parsed.add(SynonymGroup.clean(terms.stream().map(String::valueOf).toList()));
        }
        out.put(locale, parsed);
      }
    }
    return out;
  }
}
