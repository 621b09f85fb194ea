package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@code /articles} contract of DESIGN §5 and the shipped content, on a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ArticlesIT {

  static final String EDITOR = "editor";
  static final String PASSWORD = "demo-password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  static String slug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String article(String slug, String title, String markdown, String status, Long version) {
    return ("{\"slug\":%s,\"locale\":\"en\",\"title\":%s,\"markdown\":%s,\"category\":\"orders\","
            + "\"tags\":[\"orders\",\"test\"],\"status\":%s%s}")
        .formatted(
            slug == null ? "null" : Api.str(slug),
            Api.str(title),
            Api.str(markdown),
            Api.str(status),
            version == null ? "" : ",\"version\":" + version);
  }

  @Test
  void shipsAtLeastFortyArticlesAndTheRequiredTranslations() {
    Api api = new Api(base);
    JsonObject en = api.get("api/v1/articles?locale=en").json();
    assertTrue(en.getInt("total") >= 40, "shipped English articles: " + en.getInt("total"));
    for (String locale : new String[] {"ru", "uk", "tr", "vi"}) {
      JsonObject detail = api.get("api/v1/articles/return-policy?locale=" + locale).json();
      assertEquals(locale, detail.getString("locale"), "return-policy exists in " + locale);
      assertTrue(detail.getJsonArray("translations").size() >= 5);
    }
  }

  @Test
  void articleDetailHasRenderedSanitizedHtmlAndFallsBackToEnglish() {
    Api api = new Api(base);
    JsonObject detail = api.get("api/v1/articles/invoice?locale=vi").json();
    // invoice is shipped in English only: the Vietnamese reader gets the English text, marked.
    assertEquals("en", detail.getString("locale"));
    assertTrue(detail.getBoolean("fallback"));
    assertTrue(detail.getString("html").contains("<h2"), detail.getString("html"));
    assertFalse(detail.getString("html").contains("<script"));
    assertEquals(404, api.get("api/v1/articles/no-such-article").status());
    assertEquals(400, api.get("api/v1/articles/invoice?locale=xx").status());
  }

  @Test
  void editorPublishesThenAStaleVersionIsRefusedWith409() {
    Api editor = new Api(base).as(EDITOR, PASSWORD);
    String slug = slug("it-stale");
    Api.Response created =
        editor.post(
            "api/v1/articles",
            article(slug, "Can I split a delivery?", "First **draft**.", "PUBLISHED", null));
    assertEquals(201, created.status(), created.body());
    long version = created.json().getJsonNumber("version").longValue();
    assertTrue(created.json().getString("html").contains("<strong>draft</strong>"));

    Api.Response saved =
        editor.put(
            "api/v1/articles/" + slug + "/en",
            article(null, "Can I split a delivery?", "Second.", "PUBLISHED", version));
    assertEquals(200, saved.status(), saved.body());
    assertTrue(saved.json().getJsonNumber("version").longValue() > version);

    Api.Response stale =
        editor.put(
            "api/v1/articles/" + slug + "/en",
            article(null, "Can I split a delivery?", "Lost?", "PUBLISHED", version));
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.json().getString("message").contains("Someone saved this article"));
    assertTrue(new Api(base).get("api/v1/articles/" + slug).body().contains("Second."));
  }

  @Test
  void onlyEditorsWriteAndBadInputIsA400NamingTheField() {
    String body = article(slug("it-auth"), "Title here", "Body", "DRAFT", null);
    assertEquals(401, new Api(base).post("api/v1/articles", body).status());
    Api.Response member = new Api(base).as("alice", PASSWORD).post("api/v1/articles", body);
    assertEquals(403, member.status());

    Api editor = new Api(base).as(EDITOR, PASSWORD);
    Api.Response noTitle =
        editor.post("api/v1/articles", article(slug("it-bad"), " ", "Body", "DRAFT", null));
    assertEquals(400, noTitle.status(), noTitle.body());
    assertEquals("title", noTitle.json().getString("field"));
    Api.Response badStatus =
        editor.post("api/v1/articles", article(slug("it-bad"), "Title", "Body", "LIVE", null));
    assertEquals(400, badStatus.status());
    assertEquals("status", badStatus.json().getString("field"));
    Api.Response badJson = editor.post("api/v1/articles", "{not json");
    assertEquals(400, badJson.status(), badJson.body());
  }

  @Test
  void aVisitorVotesOnceAndChangingTheVoteReplacesIt() {
    Api editor = new Api(base).as(EDITOR, PASSWORD);
    String slug = slug("it-vote");
    assertEquals(
        201,
        editor
            .post("api/v1/articles", article(slug, "Vote on me", "Body text.", "PUBLISHED", null))
            .status());
    Api visitor = new Api(base);
    String yes = "{\"locale\":\"en\",\"helpful\":true}";
    assertEquals(204, visitor.post("api/v1/articles/" + slug + "/feedback", yes).status());
    assertEquals(204, visitor.post("api/v1/articles/" + slug + "/feedback", yes).status());
    JsonObject helpful = visitor.get("api/v1/articles/" + slug).json().getJsonObject("helpful");
    assertEquals(1, helpful.getInt("yes"));
    assertEquals(0, helpful.getInt("no"));

    String no = "{\"locale\":\"en\",\"helpful\":false,\"comment\":\"Missing the fee.\"}";
    assertEquals(204, visitor.post("api/v1/articles/" + slug + "/feedback", no).status());
    helpful = visitor.get("api/v1/articles/" + slug).json().getJsonObject("helpful");
    assertEquals(0, helpful.getInt("yes"));
    assertEquals(1, helpful.getInt("no"));

    assertEquals(
        400, visitor.post("api/v1/articles/" + slug + "/feedback", "{\"locale\":\"en\"}").status());
  }
}
