package kb.shared.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders Markdown to sanitized HTML. Flexmark with CommonMark plus GFM tables, strikethrough, task
 * lists, autolinks, heading ids and a {@code [TOC]} marker; then the sanitizer policy of the {@link
 * Audience}. Thread-safe: the parser and renderer are immutable once built.
 */
public final class MarkdownRenderer {

  private static final MutableDataSet OPTIONS = new MutableDataSet();

  static {
    OPTIONS.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            TaskListExtension.create(),
            AutolinkExtension.create(),
            TocExtension.create()));
    OPTIONS.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    OPTIONS.set(HtmlRenderer.RENDER_HEADER_ID, true);
    OPTIONS.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, false);
    OPTIONS.set(TablesExtension.COLUMN_SPANS, false);
    OPTIONS.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    OPTIONS.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    OPTIONS.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    OPTIONS.set(TocExtension.LEVELS, 12);
  }

  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private MarkdownRenderer() {}

  public static Rendered render(String markdown, Audience audience) {
    Document document = PARSER.parse(markdown == null ? "" : markdown);
    String raw = RENDERER.render(document);
    String html =
        (audience == Audience.EDITOR ? HtmlPolicies.EDITOR : HtmlPolicies.COMMUNITY).sanitize(raw);
    return new Rendered(html, audience == Audience.EDITOR ? headings(document) : List.of());
  }

  /** Flexmark's own HTML, unsanitized: only for measuring CommonMark conformance in tests. */
  static String renderUnsanitized(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  private static List<Heading> headings(Document document) {
    HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
    ids.generateIds(document);
    List<Heading> out = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.Heading h
          && h.getLevel() >= 2
          && h.getLevel() <= 3) {
        out.add(new Heading(h.getLevel(), h.getAnchorRefId(), h.getText().toString().strip()));
      }
    }
    return out;
  }
}
