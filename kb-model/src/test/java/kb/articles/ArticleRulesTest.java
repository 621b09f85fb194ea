package kb.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

class ArticleRulesTest {

  @Test
  void slugsFromTitlesAreAsciiWordsWithDashes() {
    assertEquals("how-do-i-return-an-item", Slug.fromTitle("How do I return an item?").value());
    assertEquals("creme-brulee-size-guide", Slug.fromTitle("Crème brûlée — size guide").value());
    assertEquals("article", Slug.fromTitle("Как вернуть товар").value());
    assertThrows(InvalidInput.class, () -> new Slug("Bad_Slug"));
    assertThrows(InvalidInput.class, () -> new Slug("double--dash"));
  }

  @Test
  void workflowAllowsTheEditorialPathsOnly() {
    assertTrue(Status.DRAFT.canMoveTo(Status.IN_REVIEW));
    assertTrue(Status.IN_REVIEW.canMoveTo(Status.PUBLISHED));
    assertTrue(Status.PUBLISHED.canMoveTo(Status.ARCHIVED));
    assertTrue(Status.ARCHIVED.canMoveTo(Status.DRAFT));
    assertFalse(Status.PUBLISHED.canMoveTo(Status.IN_REVIEW));
  }

  @Test
  void draftsAreCleanedAndBounded() {
    Draft d = new Draft("  Returns \n policy ", "Body\r\ntext", Set.of(" Returns ", "", "refund"));
    assertEquals("Returns policy", d.title());
    assertEquals("Body\ntext", d.markdown());
    assertEquals(Set.of("returns", "refund"), d.tags());
    assertEquals(
        "title", assertThrows(InvalidInput.class, () -> new Draft(" ", "x", Set.of())).field());
    assertEquals(
        "markdown",
        assertThrows(InvalidInput.class, () -> new Draft("t", " \n ", Set.of())).field());
    assertEquals(
        "tags",
        assertThrows(
                InvalidInput.class,
                () ->
                    new Draft(
                        "t",
                        "x",
                        Set.copyOf(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))))
            .field());
  }

  @Test
  void tableOfContentsSurvivesStorage() {
    var headings =
        List.of(
            new kb.shared.markdown.Heading(2, "return-window", "Return | window"),
            new kb.shared.markdown.Heading(3, "x", "Ещё"));
    assertEquals(headings.get(1), TocCodec.decode(TocCodec.encode(headings)).get(1));
    assertEquals("Return | window", TocCodec.decode(TocCodec.encode(headings)).get(0).text());
  }
}
