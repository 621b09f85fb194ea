package kb.shared.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void rendersGfmTablesStrikethroughTaskListsAndAutolinks() {
    String html =
        MarkdownRenderer.render(
                "| Option | Days |\n|---|---|\n| Standard | 3–5 |\n\n~~old~~ price\n\n- [x] done\n- [ ] todo\n\nSee https://example.com/help",
                Audience.EDITOR)
            .html();
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<td>Standard</td>"), html);
    assertTrue(html.contains("<del>old</del>"), html);
    assertTrue(html.contains("type=\"checkbox\""), html);
    assertTrue(html.contains("href=\"https://example.com/help\""), html);
  }

  @Test
  void headingsGetAnchorsAndFormTheTableOfContents() {
    Rendered r =
        MarkdownRenderer.render(
            "# Title\n\n## Return window\n\ntext\n\n### Ещё вопрос\n", Audience.EDITOR);
    assertEquals(2, r.headings().size());
    assertEquals("return-window", r.headings().get(0).id());
    assertTrue(r.html().contains("<h2 id=\"return-window\">"), r.html());
    assertEquals(3, r.headings().get(1).level());
    assertTrue(r.html().contains("id=\"" + r.headings().get(1).id() + "\""), r.html());
  }

  @Test
  void communityPostsAreStricterThanArticles() {
    String md = "# Big\n\n![x](https://example.com/a.png)\n\n[link](https://example.com)";
    String article = MarkdownRenderer.render(md, Audience.EDITOR).html();
    String post = MarkdownRenderer.render(md, Audience.COMMUNITY).html();
    assertTrue(article.contains("<img"));
    assertTrue(article.contains("<h1"));
    assertFalse(post.contains("<img"), post);
    assertFalse(post.contains("<h1"), post);
    assertTrue(post.contains("<h4>Big</h4>"), post);
    assertTrue(post.contains("rel=\"nofollow ugc noopener\""), post);
  }

  @Test
  void rawHtmlIsReducedToTheSafeSubset() {
    String html =
        MarkdownRenderer.render(
                "<p onclick=\"x()\">hi</p><script>alert(1)</script><iframe src=x></iframe>",
                Audience.EDITOR)
            .html();
    assertEquals("<p>hi</p>", html.strip());
  }

  @Test
  void relativeLinksToOtherArticlesSurvive() {
    String html = MarkdownRenderer.render("[Track](/articles/track-order)", Audience.EDITOR).html();
    assertTrue(html.contains("href=\"/articles/track-order\""), html);
  }
}
