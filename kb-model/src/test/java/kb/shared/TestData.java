package kb.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the team's shared third-party test data ({@code ../shared/data}) when it is present. */
public final class TestData {

  private TestData() {}

  /** The shared data folder, looked for upwards from the working directory. */
  public static Optional<Path> sharedData() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/data").normalize();
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The Big List of Naughty Strings, or an empty list when the shared data is absent. */
  public static List<String> naughtyStrings() throws IOException {
    Optional<Path> data = sharedData();
    if (data.isEmpty() || !Files.exists(data.get().resolve("blns.json"))) {
      return List.of();
    }
    return parseJsonStringArray(Files.readString(data.get().resolve("blns.json")));
  }

  /** A minimal parser for a JSON array of strings, enough for blns.json. */
  static List<String> parseJsonStringArray(String json) {
    List<String> out = new ArrayList<>();
    int i = json.indexOf('[') + 1;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (json.charAt(i) != '"') {
          char ch = json.charAt(i);
          if (ch == '\\') {
            char esc = json.charAt(++i);
            switch (esc) {
              case 'n' -> sb.append('\n');
              case 't' -> sb.append('\t');
              case 'r' -> sb.append('\r');
              case 'b' -> sb.append('\b');
              case 'f' -> sb.append('\f');
              case 'u' -> {
                sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                i += 4;
              }
              default -> sb.append(esc);
            }
          } else {
            sb.append(ch);
          }
          i++;
        }
        out.add(sb.toString());
      }
      i++;
    }
    return out;
  }
}
