package kb.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFileTest {

  @TempDir Path root;

  private Path write(String slug, String name, String text) throws Exception {
    Path file = root.resolve("articles").resolve(slug).resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsFrontMatterAndBody() throws Exception {
    Path f =
        write(
            "track-order",
            "ru.md",
            "---\ntitle: Как отследить заказ\ncategory: shipping\ntags: [доставка, трек]\nowner: editor\nreview-by: 2027-06-30\n---\nТекст **статьи**.\n");
    ContentFile c = ContentFile.read(root, f);
    assertFalse(c.broken(), c.problem());
    assertEquals("articles/track-order/ru.md", c.path());
    assertEquals("track-order", c.slug());
    assertEquals("ru", c.locale());
    assertEquals("Как отследить заказ", c.title());
    assertEquals(List.of("доставка", "трек"), c.tags());
    assertEquals(LocalDate.of(2027, 6, 30), c.reviewBy());
    assertEquals("Текст **статьи**.\n", c.body());
    assertEquals(64, c.hash().length());
  }

  @Test
  void readsTheLastChangeAndThePinnedPlace() throws Exception {
    ContentFile c =
        ContentFile.read(
            root, write("a", "en.md", "---\ntitle: A\nupdated: 2026-11-20\npinned: 3\n---\nx"));
    assertFalse(c.broken(), c.problem());
    assertEquals(LocalDate.of(2026, 11, 20), c.updated());
    assertEquals(3, c.pinned());
    ContentFile plain = ContentFile.read(root, write("b", "en.md", "---\ntitle: B\n---\nx"));
    assertEquals(null, plain.updated());
    assertEquals(null, plain.pinned());
    assertTrue(
        ContentFile.read(root, write("c", "en.md", "---\ntitle: C\nupdated: soon\n---\nx"))
            .problem()
            .contains("updated"));
    assertTrue(
        ContentFile.read(root, write("d", "en.md", "---\ntitle: D\npinned: top\n---\nx"))
            .problem()
            .contains("pinned"));
    assertTrue(
        ContentFile.read(root, write("e", "en.md", "---\ntitle: E\npinned: 0\n---\nx"))
            .problem()
            .contains("pinned"));
  }

  @Test
  void theHashChangesWithTheContent() throws Exception {
    String a = ContentFile.read(root, write("a", "en.md", "---\ntitle: A\n---\nx")).hash();
    String b = ContentFile.read(root, write("a", "en.md", "---\ntitle: A\n---\ny")).hash();
    assertNotEquals(a, b);
  }

  @Test
  void brokenFilesSayWhy() throws Exception {
    assertTrue(
        ContentFile.read(root, write("a", "en.md", "no front matter"))
            .problem()
            .contains("front matter"));
    assertTrue(
        ContentFile.read(root, write("b", "en.md", "---\ntitle: [unclosed\n---\nx"))
            .problem()
            .contains("YAML"));
    assertTrue(
        ContentFile.read(root, write("c", "en.md", "---\ncategory: x\n---\nx"))
            .problem()
            .contains("title"));
    assertTrue(
        ContentFile.read(root, write("d", "de.md", "---\ntitle: x\n---\nx"))
            .problem()
            .contains("file name"));
    assertTrue(
        ContentFile.read(root, write("Bad_Slug", "en.md", "---\ntitle: x\n---\nx"))
            .problem()
            .contains("slug"));
    assertTrue(
        ContentFile.read(root, write("e", "en.md", "---\ntitle: x\ntags: one\n---\nx"))
            .problem()
            .contains("tags"));
    assertTrue(
        ContentFile.read(root, write("f", "en.md", "---\ntitle: x\nreview-by: soon\n---\nx"))
            .problem()
            .contains("review-by"));
    Path invalid = root.resolve("articles/g/en.md");
    Files.createDirectories(invalid.getParent());
    Files.write(invalid, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28});
    assertTrue(ContentFile.read(root, invalid).problem().contains("UTF-8"));
  }

  @Test
  void folderListsEveryArticleFileInOrder() throws Exception {
    write("b-slug", "en.md", "---\ntitle: B\n---\nb");
    write("a-slug", "ru.md", "---\ntitle: A\n---\na");
    write("a-slug", "en.md", "---\ntitle: A\n---\na");
    Files.writeString(
        root.resolve("categories.yml"),
        "- id: shipping\n  order: 1\n  name:\n    en: Shipping\n    ru: Доставка\n");
    List<ContentFile> files = ContentFolder.articles(root);
    assertEquals(
        List.of("articles/a-slug/en.md", "articles/a-slug/ru.md", "articles/b-slug/en.md"),
        files.stream().map(ContentFile::path).toList());
    assertEquals("Доставка", ContentFolder.categories(root).get(0).names().get("ru"));
  }
}
