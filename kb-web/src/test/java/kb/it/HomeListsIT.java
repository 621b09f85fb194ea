package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page's lists and the community list, as readers get them (issue 21): "Popular" from the
 * last 30 days' views and helpful votes with the editors' pins behind them, "Recently updated" from
 * real changes, and the community list in the reader's language with all languages one click away.
 */
@ExtendWith(ArquillianExtension.class)
class HomeListsIT {

  /** The shipped English articles pinned by their front matter, in their order. */
  static final List<String> PINNED =
      List.of(
          "track-order",
          "refund-status",
          "how-to-return",
          "delivery-times",
          "reset-password",
          "contact-support");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  static List<String> slugs(JsonObject listing) {
    return listing.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("slug"))
        .toList();
  }

  @Test
  void popularFollowsWhatReadersOpenAndThePinnedArticlesFillTheRest() throws Exception {
    Api api = new Api(base);
    List<String> before = slugs(api.get("api/v1/articles?locale=en&sort=popular&size=50").json());
    assertTrue(before.containsAll(PINNED), "pinned articles are listed: " + before);

    String read = "product-reviews";
    for (int i = 0; i < 400; i++) {
      assertEquals(200, api.get("articles/" + read).status());
    }
    List<String> after = List.of();
    for (int i = 0; i < 60 && (after.isEmpty() || !after.get(0).equals(read)); i++) {
      Thread.sleep(500); // views reach the database in batches every few seconds
      after = slugs(api.get("api/v1/articles?locale=en&sort=popular&size=6").json());
    }
    assertEquals(read, after.get(0), "the most read article leads: " + after);
    assertEquals(6, after.size());
  }

  @Test
  void editorsPinAnArticleAndBadPlacesAreRefused() {
    Api editor = new Api(base).as(ArticlesIT.EDITOR, ArticlesIT.PASSWORD);
    assertEquals(204, editor.put("api/v1/articles/customs-duties/pin", "{\"place\":7}").status());
    List<String> listed =
        slugs(new Api(base).get("api/v1/articles?locale=en&sort=popular&size=50").json());
    assertTrue(listed.contains("customs-duties"), listed::toString);

    Api.Response zero = editor.put("api/v1/articles/customs-duties/pin", "{\"place\":0}");
    assertEquals(400, zero.status(), zero.body());
    assertTrue(zero.body().contains("pinned"), zero.body());
    assertEquals(
        401, new Api(base).put("api/v1/articles/customs-duties/pin", "{\"place\":1}").status());
    assertEquals(404, editor.put("api/v1/articles/no-such-article/pin", "{\"place\":1}").status());
    assertEquals(400, new Api(base).get("api/v1/articles?sort=loudest").status());
    assertEquals(400, new Api(base).get("api/v1/articles?sort=popular&size=500").status());
    assertEquals(
        204, editor.put("api/v1/articles/customs-duties/pin", "{\"place\":null}").status());
  }

  @Test
  void recentlyUpdatedListsARealChangeFirst() {
    Api editor = new Api(base).as(ArticlesIT.EDITOR, ArticlesIT.PASSWORD);
    String slug = ArticlesIT.slug("it-recent");
    Api.Response created =
        editor.post(
            "api/v1/articles",
            ArticlesIT.article(
                slug, "Can I change the gift message?", "Yes, until it ships.", "PUBLISHED", null));
    assertEquals(201, created.status(), created.body());
    List<String> recent = slugs(new Api(base).get("api/v1/articles?locale=en&sort=recent").json());
    assertEquals(slug, recent.get(0), recent::toString);
  }

  @Test
  void theCommunityListShowsTheReadersLanguageAndAllOnRequest() {
    Api api = new Api(base);
    Set<String> russian =
        languages(api.send(page(api, "questions").header("Accept-Language", "ru")).body());
    assertEquals(Set.of("ru"), russian, "a Russian reader sees Russian threads first");
    // the newest threads (other tests write English ones) may fill a page: read on until three
    Set<String> all = new HashSet<>();
    for (int p = 1; p <= 5 && all.size() < 3; p++) {
      all.addAll(
          languages(
              api.send(page(api, "questions?locale=all&page=" + p).header("Accept-Language", "ru"))
                  .body()));
    }
    assertTrue(all.size() >= 3, "all languages, one click away: " + all);
    Set<String> turkish = languages(api.send(page(api, "questions?locale=tr")).body());
    assertEquals(Set.of("tr"), turkish);
  }

  private static java.net.http.HttpRequest.Builder page(Api api, String path) {
    return api.request(path).setHeader("Accept", "text/html");
  }

  private static final Pattern TITLE_LANG =
      Pattern.compile("class=\"question-title\"[^>]*lang=\"([a-z]{2})\"");

  private static Set<String> languages(String html) {
    Matcher m = TITLE_LANG.matcher(html);
    Set<String> out = new HashSet<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    assertTrue(!out.isEmpty(), "the list shows threads");
    return out.stream().collect(Collectors.toSet());
  }
}
