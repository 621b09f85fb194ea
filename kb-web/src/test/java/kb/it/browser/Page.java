package kb.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the driver, the site's base URL, and the top bar. */
public abstract class Page {

  protected final WebDriver driver;
  protected final String base;

  protected Page(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base : base + "/";
  }

  protected WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected void type(String id, String text) {
    WebElement input = find(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  protected void clickAndWait(By by) {
    WebElement old = driver.findElement(By.tagName("html"));
    find(by).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(gone(old));
  }

  /**
   * The element left the page: stale, as Selenium's {@code stalenessOf} expects, or, as Chromium
   * sometimes answers while the next page replaces it, a node that "does not belong to the
   * document" (a plain WebDriverException, which {@code stalenessOf} does not treat as gone).
   */
  static ExpectedCondition<Boolean> gone(WebElement element) {
    return d -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  public String title() {
    return driver.getTitle();
  }

  public String heading() {
    return find(By.tagName("h1")).getText();
  }

  public boolean isSignedInAs(String username) {
    return !driver.findElements(By.id("nav-profile")).isEmpty()
        && driver.findElement(By.id("nav-profile")).getText().equals(username);
  }

  public HomePage signOut() {
    clickAndWait(By.id("signout:signout-button"));
    return new HomePage(driver, base);
  }

  public void switchLanguage(String tag) {
    find(By.cssSelector("details.langmenu summary")).click();
    clickAndWait(By.cssSelector("a.lang-" + tag));
  }

  public String htmlLang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }
}
