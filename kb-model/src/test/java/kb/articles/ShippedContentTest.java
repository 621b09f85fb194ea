package kb.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code content/} folder: every file imports, and it covers what issue 3 asks.
 */
class ShippedContentTest {

  static final Path ROOT = Path.of("..", "content");
  static final List<String> REQUIRED =
      List.of(
          "delivery-times",
          "shipping-costs",
          "international-shipping",
          "track-order",
          "package-not-received",
          "change-delivery-address",
          "cancel-order",
          "change-order",
          "order-confirmation-email",
          "out-of-stock",
          "return-policy",
          "how-to-return",
          "refund-status",
          "exchange-size",
          "damaged-item",
          "wrong-item",
          "payment-methods",
          "payment-declined",
          "charged-twice",
          "promo-codes",
          "gift-cards",
          "invoice",
          "size-guide",
          "warranty",
          "reset-password",
          "delete-account",
          "unsubscribe-emails",
          "account-hacked",
          "contact-support",
          "price-adjustment");
  static final List<String> TRANSLATED =
      List.of(
          "delivery-times",
          "track-order",
          "cancel-order",
          "return-policy",
          "how-to-return",
          "refund-status",
          "payment-methods",
          "size-guide",
          "reset-password",
          "contact-support");

  static List<ContentFile> files;
  static Map<String, Set<String>> localesBySlug;

  @BeforeAll
  static void read() throws IOException {
    files = ContentFolder.articles(ROOT);
    localesBySlug = new TreeMap<>();
    for (ContentFile f : files) {
      localesBySlug.computeIfAbsent(f.slug(), s -> new TreeSet<>()).add(f.locale());
    }
  }

  @Test
  void everyFileHasValidFrontMatterAndAKnownCategory() throws IOException {
    Set<String> categories =
        ContentFolder.categories(ROOT).stream()
            .map(ContentFolder.CategoryDef::id)
            .collect(Collectors.toSet());
    assertEquals(7, categories.size());
    for (ContentFile f : files) {
      assertTrue(!f.broken(), f.path() + ": " + f.problem());
      assertTrue(categories.contains(f.category()), f.path() + " category " + f.category());
      assertTrue(f.body().length() > 800, f.path() + " is too short to be a real answer");
    }
  }

  @Test
  void coversTheRequiredSlugsAndTranslations() {
    assertTrue(localesBySlug.size() >= 40, "articles: " + localesBySlug.size());
    for (String slug : REQUIRED) {
      assertTrue(localesBySlug.containsKey(slug), "missing " + slug);
    }
    for (String slug : TRANSLATED) {
      assertEquals(Set.of("en", "ru", "uk", "tr", "vi"), localesBySlug.get(slug), slug);
    }
  }

  @Test
  void translationsKeepTheCategoryAndTagsOfTheirSource() {
    Map<String, ContentFile> english =
        files.stream()
            .filter(f -> f.locale().equals("en"))
            .collect(Collectors.toMap(ContentFile::slug, f -> f));
    for (ContentFile f : files) {
      ContentFile source = english.get(f.slug());
      assertTrue(source != null, f.path() + " has no English source");
      assertEquals(source.category(), f.category(), f.path());
      assertEquals(source.tags(), f.tags(), f.path());
    }
  }

  @Test
  void linksBetweenArticlesPointToArticlesThatExist() {
    Pattern link = Pattern.compile("\\]\\(/articles/([a-z0-9-]+)\\)");
    for (ContentFile f : files) {
      Matcher m = link.matcher(f.body());
      while (m.find()) {
        assertTrue(
            localesBySlug.containsKey(m.group(1)), f.path() + " links to missing " + m.group(1));
      }
    }
  }
}
