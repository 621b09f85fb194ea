package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gap report in headless Chromium: a customer's search fails, an editor finds the gap in the
 * report, starts the article from it, publishes it, and the report shows the gap covered.
 */
class GapsBrowserIT extends BrowserJourney {

  /** The report's row for the gap whose label holds the word, reloading until it is there. */
  private WebElement row(String word, String query) {
    By by =
        By.xpath("//tr[.//strong[contains(@class,'gap-label') and contains(., '" + word + "')]]");
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              d.get(base + "editor/gaps.xhtml" + query);
              List<WebElement> rows = d.findElements(by);
              return rows.isEmpty() ? null : rows.get(0);
            });
  }

  @Test
  void anEditorStartsAnArticleFromAGapAndPublishingItCoversTheGap() {
    // two made-up words, so that gift-wrapping gaps of earlier runs in the same data do not
    // absorb this run's search
    String word = "quib" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    String other = "zeph" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    String query = word + " " + other + " gift wrapping";
    driver.get(base + "search.xhtml?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    waitFor(By.id("search-q"));

    LoginPage.open(driver, base.toString()).signIn("editor", "demo-password-1");
    WebElement gap = row(word, "");
    assertTrue(gap.getText().contains(query), gap.getText());
    assertTrue(Integer.parseInt(driver.findElement(By.id("card-searches")).getText().strip()) >= 1);

    gap.findElement(By.cssSelector("a.write-article")).click();
    assertEquals(query, waitFor(By.id("title")).getAttribute("value"));
    assertTrue(driver.findElement(By.id("gap-hints")).getText().contains(query));
    driver.findElement(By.id("slug")).sendKeys("gift-wrapping-" + word);
    new Select(driver.findElement(By.id("category"))).selectByValue("orders");
    driver
        .findElement(By.id("markdown"))
        .sendKeys("We gift wrap any order with " + word + " gift wrapping for a small fee.");
    driver.findElement(By.id("publish")).click();
    waitFor(By.id("edit-saved"));

    WebElement covered = row(word, "?status=COVERED");
    assertTrue(covered.getText().contains("gift-wrapping-" + word), covered.getText());
    assertTrue(!covered.findElements(By.cssSelector(".badge.verified")).isEmpty());
    String by = covered.findElement(By.cssSelector(".covered-by")).getText();
    assertEquals("linked by an editor", by.strip(), "the report says who covered it");
  }
}
