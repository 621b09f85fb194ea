package kb.articles;

import java.util.ArrayList;
import java.util.List;
import kb.shared.markdown.Heading;

/** Stores a table of contents in one text column: a line per heading, "level|id|text". */
final class TocCodec {

  private TocCodec() {}

  static String encode(List<Heading> headings) {
    StringBuilder sb = new StringBuilder();
    for (Heading h : headings) {
      sb.append(h.level())
          .append('|')
          .append(h.id())
          .append('|')
          .append(h.text().replace('\n', ' '))
          .append('\n');
    }
    return sb.toString();
  }

  static List<Heading> decode(String toc) {
    List<Heading> out = new ArrayList<>();
    if (toc == null) {
      return out;
    }
    for (String line : toc.split("\n")) {
      String[] parts = line.split("\\|", 3);
      if (parts.length == 3) {
        out.add(new Heading(Integer.parseInt(parts[0]), parts[1], parts[2]));
      }
    }
    return out;
  }
}
