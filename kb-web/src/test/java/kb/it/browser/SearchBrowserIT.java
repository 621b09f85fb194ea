package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import kb.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Search journeys in headless Chromium: instant results, synonyms, the index rebuild. */
class SearchBrowserIT extends BrowserJourney {

  @Test
  void resultsAppearWhileTypingAndAChoiceOpensTheArticle() {
    driver.get(base.toString());
    assertTrue(driver.manage().getCookieNamed("JSESSIONID") == null, "no session for visitors");
    waitFor(By.id("top-q_input")).sendKeys("where is my refund");
    WebElement item =
        waitFor(
            By.xpath(
                "//li[contains(@class,'ui-autocomplete-item')][contains(.,'Where is my refund?')]"));
    item.click();
    assertEquals("Where is my refund?", waitFor(By.id("article-title")).getText());
  }

  @Test
  void pressingEnterInTheTopBarOpensTheResultsPage() {
    driver.get(base + "articles/gift-cards");
    waitFor(By.id("top-q_input")).sendKeys("promo code\n");
    waitFor(By.id("results"));
    assertTrue(driver.getCurrentUrl().contains("search.xhtml?q=promo"), driver.getCurrentUrl());
  }

  @Test
  void anEditorAddsASynonymAndSearchUsesItAtOnce() {
    String word =
        "zorblax" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
    Api api = new Api(base);
    assertEquals(0, api.get("api/v1/search?locale=en&q=" + word).json().getInt("total"));

    LoginPage.open(driver, base.toString()).signIn("editor", "demo-password-1");
    driver.get(base + "editor/synonyms.xhtml?locale=en");
    waitFor(By.id("new-terms")).sendKeys(word + ", money back");
    driver.findElement(By.id("add")).click();
    waitFor(By.id("synonym-message"));
    assertTrue(driver.getPageSource().contains(word));

    var hits = api.get("api/v1/search?locale=en&q=" + word).json().getJsonArray("hits");
    assertFalse(hits.isEmpty(), "the new synonym finds articles about money back");

    driver.findElement(By.id("new-terms")).sendKeys("lonely");
    driver.findElement(By.id("add")).click();
    assertFalse(waitFor(By.id("new-error")).getText().isBlank(), "a group needs two terms");
    assertEquals("lonely", driver.findElement(By.id("new-terms")).getAttribute("value"));
  }

  @Test
  void anAdministratorRebuildsTheIndexWithAProgressBar() {
    LoginPage.open(driver, base.toString()).signIn("admin", "demo-password-1");
    driver.get(base + "admin/search-index.xhtml");
    waitFor(By.id("reindex-start")).click();
    waitFor(By.id("reindex-done"));
    assertTrue(driver.findElement(By.id("progress")).getText().contains("100"));
  }
}
