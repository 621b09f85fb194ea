package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The knowledge-base journeys in headless Chromium: reading in Russian, voting, publishing. */
class KnowledgeBaseBrowserIT extends BrowserJourney {

  private int helpfulCount() {
    return Integer.parseInt(
        driver
            .findElement(By.id("helpful-count"))
            .getText()
            .replaceAll("\\D+", " ")
            .strip()
            .split(" ")[0]);
  }

  @Test
  void aRussianReaderFindsTheArticleInRussianAndVotesOnce() {
    driver.get(base + "?lang=ru");
    driver.findElement(By.cssSelector("#categories a")).click();
    waitFor(By.cssSelector(".article-list a"));
    driver.get(base + "articles/delivery-times");
    assertEquals("ru", driver.findElement(By.tagName("html")).getAttribute("lang"));
    String title = waitFor(By.id("article-title")).getText();
    assertTrue(title.matches(".*[А-Яа-я].*"), title);
    assertTrue(driver.findElements(By.id("fallback-notice")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector(".toc li a")).isEmpty(), "a table of contents");
    assertFalse(driver.findElements(By.cssSelector("a.translation-en")).isEmpty());

    int before = helpfulCount();
    driver.findElement(By.id("helpful-yes")).click();
    waitFor(By.id("feedback-thanks"));
    assertEquals(before + 1, helpfulCount());
    driver.get(base + "articles/delivery-times");
    driver.findElement(By.id("helpful-yes")).click();
    waitFor(By.id("feedback-thanks"));
    assertEquals(before + 1, helpfulCount(), "one vote per visitor");
  }

  @Test
  void anEditorWritesWithLivePreviewPublishesAndAVisitorReadsIt() {
    LoginPage.open(driver, base.toString()).signIn("editor", "demo-password-1");
    driver.get(base + "editor/edit.xhtml");
    String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    waitFor(By.id("slug")).sendKeys(slug);
    driver.findElement(By.id("title")).sendKeys("Can I pay with two cards?");
    new Select(driver.findElement(By.id("category"))).selectByValue("payments");
    driver.findElement(By.id("tags")).sendKeys("payments, cards");
    driver
        .findElement(By.id("markdown"))
        .sendKeys("## Split payments\n\nUse a **gift card** first, then <script>alert(1)</script>");
    // The preview re-renders after each pause in typing: wait for the render of the whole text.
    String preview =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .ignoring(WebDriverException.class)
            .until(
                d -> {
                  String html = d.findElement(By.id("preview")).getAttribute("innerHTML");
                  return html.contains("<strong>gift card</strong>") && html.contains("then")
                      ? html
                      : null;
                });
    assertTrue(preview.contains("Split payments"), preview);
    assertFalse(preview.contains("<script"), preview);

    driver.findElement(By.id("publish")).click();
    waitFor(By.id("edit-saved"));

    driver.manage().deleteAllCookies();
    driver.get(base + "articles/" + slug);
    assertEquals("Can I pay with two cards?", waitFor(By.id("article-title")).getText());
    assertEquals("gift card", driver.findElement(By.cssSelector("#article-body strong")).getText());
    assertTrue(driver.findElements(By.cssSelector("#article-body script")).isEmpty());
  }

  @Test
  void aVisitorSearchesFromTheHomePageAndOpensAResult() {
    driver.get(base.toString());
    waitFor(By.id("home-q")).sendKeys("where is my refnud\n");
    WebElement first = waitFor(By.cssSelector("#results .result-title"));
    assertFalse(driver.findElements(By.cssSelector("#results .snippet")).isEmpty());
    assertTrue(driver.getPageSource().contains("<mark>"), "matched words are highlighted");
    first.click();
    assertEquals("Where is my refund?", waitFor(By.id("article-title")).getText());

    driver.get(base + "search.xhtml?q=" + "zzqxwv");
    assertFalse(driver.findElements(By.id("no-results")).isEmpty());
  }
}
