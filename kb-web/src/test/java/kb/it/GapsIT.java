package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The article-gap report through REST on a real Payara Micro (visits of 2 s, aggregation every
 * second): failed searches become a gap with the right counts, an article is published for it, and
 * the gap is verified covered.
 */
@ExtendWith(ArquillianExtension.class)
class GapsIT {

  static final String PASSWORD = "demo-password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  /** A made-up word no article uses, new on every run, so the gap is this run's own. */
  /**
   * A word no article uses; its sixth and seventh letters differ, so swapping them (the typo the
   * tests make) gives another word — equal letters made the "typo" the word itself, a CI flake.
   */
  static String word() {
    StringBuilder w = new StringBuilder("zorb");
    while (w.length() < 9) {
      char c = (char) ('a' + ThreadLocalRandom.current().nextInt(26));
      if (w.length() != 6 || c != w.charAt(5)) {
        w.append(c);
      }
    }
    return w.toString();
  }

  private JsonObject search(Api visitor, String query) {
    Api.Response r =
        visitor.get(
            "api/v1/search?locale=en&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  /**
   * The gap one of whose sample queries is {@code text}, once the aggregation has read all {@code
   * searches} of it (searches settle one by one as their visits end).
   */
  private JsonObject gapWith(Api editor, String text, String status, int searches) {
    long until = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < until) {
      Api.Response r = editor.get("api/v1/gaps?days=7&locale=en" + status);
      assertEquals(200, r.status(), r.body());
      Optional<JsonObject> gap =
          r.json().getJsonArray("items").stream()
              .map(v -> v.asJsonObject())
              .filter(
                  g ->
                      g.getJsonArray("sampleQueries").stream()
                          .anyMatch(s -> s.asJsonObject().getString("text").equals(text)))
              .findFirst();
      if (gap.isPresent() && gap.get().getInt("searches") >= searches) {
        return gap.get();
      }
      sleep();
    }
    return fail("no gap with the query " + text);
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void failedSearchesBecomeAGapThatAPublishedArticleCovers() {
    String w = word();
    String[] queries = {
      w + " engraving",
      "engraving on my " + w,
      w + " engraving",
      w.substring(0, 5) + w.charAt(6) + w.charAt(5) + w.substring(7) + " engraving"
    };
    for (String q : queries) {
      search(new Api(base), q); // four visitors, none opens a result
    }
    Api staffer = new Api(base).as("editor", PASSWORD);
    search(staffer, w + " engraving"); // staff searches are left out

    JsonObject gap = gapWith(staffer, w + " engraving", "", 4);
    assertEquals(4, gap.getInt("searches"), gap.toString());
    assertEquals(4, gap.getInt("users"), gap.toString());
    assertEquals(4, gap.getInt("zeroResult") + gap.getInt("noClick"), gap.toString());
    assertEquals("OPEN", gap.getString("status"));
    assertEquals(w + " engraving", gap.getString("label"), "the most searched text names it");
    assertEquals(3, gap.getJsonArray("sampleQueries").size(), "the typo joined its word: " + gap);
    long id = gap.getJsonNumber("id").longValue();

    String slug = "engraving-" + w;
    Api.Response draft =
        staffer.post(
            "api/v1/articles",
            "{\"slug\":"
                + Api.str(slug)
                + ",\"locale\":\"en\",\"title\":"
                + Api.str("Engraving with " + w)
                + ",\"markdown\":"
                + Api.str("We offer " + w + " engraving on every order. Engraving is free.")
                + ",\"category\":\"orders\",\"status\":\"DRAFT\"}");
    assertEquals(201, draft.status(), draft.body());
    Api.Response planned =
        staffer.post(
            "api/v1/gaps/" + id + "/status",
            "{\"status\":\"PLANNED\",\"articleSlug\":" + Api.str(slug) + "}");
    assertEquals(200, planned.status(), planned.body());
    assertEquals("PLANNED", planned.json().getString("status"));

    long version = draft.json().getJsonNumber("version").longValue();
    Api.Response published =
        staffer.put(
            "api/v1/articles/" + slug + "/en",
            "{\"title\":"
                + Api.str("Engraving with " + w)
                + ",\"markdown\":"
                + Api.str("We offer " + w + " engraving on every order. Engraving is free.")
                + ",\"status\":\"PUBLISHED\",\"version\":"
                + version
                + "}");
    assertEquals(200, published.status(), published.body());

    JsonObject covered = gapWith(staffer, w + " engraving", "&status=COVERED", 4);
    assertEquals(id, covered.getJsonNumber("id").longValue());
    assertTrue(covered.getBoolean("verified"), covered.toString());
    assertEquals(slug, covered.getString("articleSlug"));
  }

  @Test
  void aNotHelpfulVoteAfterOpeningAResultIsAFailure() {
    String w = word();
    Api visitor = new Api(base);
    JsonObject answer = search(visitor, "return label " + w);
    assertFalse(answer.getJsonArray("hits").isEmpty(), answer.toString());
    JsonObject hit = answer.getJsonArray("hits").getJsonObject(0);
    long searchId = answer.getJsonNumber("searchId").longValue();
    assertEquals(
        204,
        visitor
            .post(
                "api/v1/search/" + searchId + "/clicks",
                "{\"type\":\"article\",\"id\":" + Api.str(hit.getString("id")) + "}")
            .status());
    Api.Response vote =
        visitor.post(
            "api/v1/articles/" + hit.getString("slug") + "/feedback",
            "{\"locale\":" + Api.str(hit.getString("locale")) + ",\"helpful\":false}");
    assertEquals(204, vote.status(), vote.body());

    JsonObject gap = gapWith(new Api(base).as("editor", PASSWORD), "return label " + w, "", 1);
    assertEquals(1, gap.getInt("notHelpful"), gap.toString());
    assertEquals(0, gap.getInt("noClick"), gap.toString());
  }

  @Test
  void onlyEditorsReadTheReportAndBadInputIsExplained() {
    assertEquals(401, new Api(base).get("api/v1/gaps").status());
    Api.Response member = new Api(base).as("alice", PASSWORD).get("api/v1/gaps");
    assertEquals(403, member.status());
    Api editor = new Api(base).as("editor", PASSWORD);
    Api.Response days = editor.get("api/v1/gaps?days=0");
    assertEquals(400, days.status());
    assertTrue(days.body().contains("days"), days.body());
    assertEquals(400, editor.get("api/v1/gaps?status=SOLVED").status());
    assertEquals(400, editor.get("api/v1/gaps?locale=xx").status());
    assertEquals(
        404, editor.post("api/v1/gaps/999999999/status", "{\"status\":\"PLANNED\"}").status());
    assertEquals(400, editor.post("api/v1/gaps/1/status", "{\"status\":\" \"}").status());
    Api.Response assignee =
        editor.post(
            "api/v1/gaps/1/status",
            "{\"status\":\"PLANNED\",\"assignee\":" + Api.str("x".repeat(40)) + "}");
    assertEquals(400, assignee.status(), assignee.body());
  }
}
