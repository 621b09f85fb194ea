package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

  /** Visitors search the texts and open nothing; returns the gap they make, once all are read. */
  private JsonObject gapOf(Api editor, String... queries) {
    for (String q : queries) {
      search(new Api(base), q);
    }
    JsonObject gap = gapWith(editor, queries[0], "", queries.length);
    assertEquals("OPEN", gap.getString("status"), gap.toString());
    return gap;
  }

  private void publish(Api editor, String slug, String title, String markdown) {
    Api.Response r =
        editor.post(
            "api/v1/articles",
            "{\"slug\":"
                + Api.str(slug)
                + ",\"locale\":\"en\",\"title\":"
                + Api.str(title)
                + ",\"markdown\":"
                + Api.str(markdown)
                + ",\"category\":\"orders\",\"status\":\"PUBLISHED\"}");
    assertEquals(201, r.status(), r.body());
  }

  /**
   * Three ways of asking the same thing about a made-up product {@code w} (each test its own topic,
   * so their gaps never join).
   */
  private static String[] asked(String w, String... patterns) {
    return Arrays.stream(patterns).map(p -> p.replace("W", w)).toArray(String[]::new);
  }

  @Test
  void anArticlePublishedWithoutAnyLinkCoversTheGapItAnswersAndAnUnrelatedOneDoesNot() {
    Api editor = new Api(base).as("editor", PASSWORD);
    String w = word();
    String[] queries =
        asked(w, "when does my W voucher expire", "W voucher expire", "does a W voucher expire");
    long id = gapOf(editor, queries).getJsonNumber("id").longValue();

    // published first, so the check reads it first: it shares no main term with the gap
    String other = word();
    publish(editor, "parking-" + other, "Parking at the " + other + " store", "Two hours free.");
    String slug = "expiry-" + w;
    publish(
        editor,
        slug,
        "When does a " + w + " voucher expire?",
        "Every " + w + " voucher expires 24 months after purchase; the expiry date is on it.");

    JsonObject covered = gapWith(editor, queries[0], "&status=COVERED", queries.length);
    assertEquals(id, covered.getJsonNumber("id").longValue());
    assertTrue(covered.getBoolean("verified"), covered.toString());
    assertEquals(slug, covered.getString("articleSlug"), "not the unrelated article");
    assertEquals("CHECK", covered.getString("coveredBy"), "found by the check, linked by no one");
    assertTrue(covered.getString("note").endsWith("/3"), covered.toString());
  }

  @Test
  void aNewFileInTheContentFolderCoversTheGapItAnswers() throws IOException {
    Api editor = new Api(base).as("editor", PASSWORD);
    String w = word();
    String[] queries =
        asked(w, "register my W warranty", "W warranty register", "how do i register a W warranty");
    long id = gapOf(editor, queries).getJsonNumber("id").longValue();

    String slug = "warranty-" + w;
    Path file =
        Path.of(System.getProperty("kb.it.content", "target/it-content-h2"))
            .resolve("articles")
            .resolve(slug)
            .resolve("en.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "---\ntitle: Registering a "
            + w
            + " warranty\ncategory: orders\ntags: [warranty]\n---\nRegister your "
            + w
            + " warranty online within 30 days of purchase.\n");
    Api.Response imported = editor.post("api/v1/content/import", "");
    assertEquals(200, imported.status(), imported.body());

    JsonObject covered = gapWith(editor, queries[0], "&status=COVERED", queries.length);
    assertEquals(id, covered.getJsonNumber("id").longValue());
    assertEquals(slug, covered.getString("articleSlug"));
    assertEquals("CHECK", covered.getString("coveredBy"));
    assertTrue(covered.getBoolean("verified"), covered.toString());
  }

  @Test
  void anOfficialAnswerOnAThreadCoversTheGapForTheCommunity() {
    Api editor = new Api(base).as("editor", PASSWORD);
    String w = word();
    String[] queries =
        asked(
            w,
            "W assembly instructions",
            "instructions for W assembly",
            "where are the W assembly instructions");
    long id = gapOf(editor, queries).getJsonNumber("id").longValue();

    Api asker = new Api(base).as(new Api(base).register("vouch"), Api.MEMBER_PASSWORD);
    Api.Response asked =
        asker.post(
            "api/v1/questions",
            "{\"title\":"
                + Api.str("Where are the " + w + " assembly instructions?")
                + ",\"markdown\":"
                + Api.str("I bought a " + w + " shelf and cannot find how to put it together.")
                + ",\"tags\":[\"payments\"],\"locale\":\"en\"}");
    assertEquals(201, asked.status(), asked.body());
    long thread = asked.json().getJsonNumber("id").longValue();
    Api.Response answered =
        new Api(base)
            .as("agent", PASSWORD)
            .post(
                "api/v1/questions/" + thread + "/answers",
                "{\"markdown\":"
                    + Api.str("Support here: the " + w + " assembly instructions are in the box.")
                    + ",\"official\":true}");
    assertEquals(201, answered.status(), answered.body());

    JsonObject covered = gapWith(editor, queries[0], "&status=COVERED", queries.length);
    assertEquals(id, covered.getJsonNumber("id").longValue());
    assertEquals("COMMUNITY", covered.getString("coveredBy"), covered.toString());
    assertEquals(thread, covered.getJsonNumber("threadId").longValue());
    assertTrue(covered.getString("threadTitle").contains(w), covered.toString());
    assertTrue(covered.getBoolean("verified"), covered.toString());
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
