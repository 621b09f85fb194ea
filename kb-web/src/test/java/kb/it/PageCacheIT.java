package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page cache on a real Payara Micro: anonymous pages come from memory with validators, a
 * published change shows at once, signed-in readers and every served search stay their own.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

  private static final Pattern SEARCH_ID = Pattern.compile("search/go\\?s=(\\d+)&");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  @Test
  void aPublishedChangeShowsOnTheCachedArticlePageAtOnce() {
    Api editor = new Api(base).as(ArticlesIT.EDITOR, ArticlesIT.PASSWORD);
    String slug = ArticlesIT.slug("it-cache");
    Api.Response created =
        editor.post(
            "api/v1/articles",
            ArticlesIT.article(slug, "Parcel lockers first", "Lockers.", "PUBLISHED", null));
    assertEquals(201, created.status(), created.body());
    long version = created.json().getJsonNumber("version").longValue();

    Api reader = new Api(base);
    Api.Response first = reader.get("articles/" + slug);
    assertEquals(200, first.status());
    assertTrue(first.body().contains("Parcel lockers first"));
    Api.Response second = reader.get("articles/" + slug);
    assertEquals("HIT", second.header("X-KB-Cache"));
    assertEquals(first.body(), second.body());
    String etag = second.header("ETag");
    assertNotNull(etag);
    assertTrue(second.header("Cache-Control").contains("public"));
    assertNull(second.header("Set-Cookie"), "no session for a visitor");
    Api.Response unchanged =
        reader.send(reader.request("articles/" + slug).header("If-None-Match", etag).GET());
    assertEquals(304, unchanged.status());

    Api.Response saved =
        editor.put(
            "api/v1/articles/" + slug + "/en",
            ArticlesIT.article(null, "Parcel lockers second", "Lockers.", "PUBLISHED", version));
    assertEquals(200, saved.status(), saved.body());
    Api.Response after = reader.get("articles/" + slug);
    assertTrue(after.body().contains("Parcel lockers second"), "the edit shows at once");
    assertFalse(after.body().contains("Parcel lockers first"));
    assertNotEquals(etag, after.header("ETag"));
    Api.Response revalidated =
        reader.send(reader.request("articles/" + slug).header("If-None-Match", etag).GET());
    assertEquals(200, revalidated.status(), "a stale validator gets the new page");
  }

  @Test
  void aSignedInReaderNeverGetsACachedPage() {
    Api anonymous = new Api(base);
    anonymous.get("articles/delivery-times");
    assertEquals("HIT", anonymous.get("articles/delivery-times").header("X-KB-Cache"));

    Api.Response signedIn =
        new Api(base).as("alice", ArticlesIT.PASSWORD).get("articles/delivery-times");
    assertEquals(200, signedIn.status());
    assertNull(signedIn.header("X-KB-Cache"), "rendered for the reader, never from the cache");
    assertTrue(signedIn.body().contains("alice"), "the page is alice's own");
    assertFalse(anonymous.get("articles/delivery-times").body().contains(">alice<"));
  }

  @Test
  void everyServingOfACachedResultsPageLogsItsOwnSearch() {
    String page = "search.xhtml?q=refund+" + UUID.randomUUID().toString().substring(0, 6);
    Api.Response first = new Api(base).get(page);
    Api.Response second = new Api(base).get(page);
    assertEquals(200, first.status());
    assertEquals("MISS", first.header("X-KB-Cache"));
    assertEquals("HIT", second.header("X-KB-Cache"));
    assertTrue(second.header("Cache-Control").contains("private"));
    Matcher a = SEARCH_ID.matcher(first.body());
    Matcher b = SEARCH_ID.matcher(second.body());
    assertTrue(a.find() && b.find(), "results link through the click log");
    assertNotEquals(a.group(1), b.group(1), "each reader's search is logged on its own");
    assertFalse(second.body().contains("kb-search-id-slot"));
  }
}
