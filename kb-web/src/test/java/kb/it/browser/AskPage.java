package kb.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ask form, with the suggestions that appear while the title is typed. */
public class AskPage extends Page {

  public AskPage(WebDriver driver, String base) {
    super(driver, base);
  }

  public static AskPage open(WebDriver driver, String base) {
    AskPage page = new AskPage(driver, base);
    driver.get(page.base + "questions/ask");
    page.find(By.id("title"));
    return page;
  }

  public AskPage typeTitle(String title) {
    type("title", title);
    return this;
  }

  /** The titles suggested for what was typed, once at least one appeared. */
  public List<String> suggestions() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("#suggestion-list li a")).isEmpty());
    return driver.findElements(By.cssSelector("#suggestion-list li a")).stream()
        .map(e -> e.getText())
        .toList();
  }

  public ThreadPage post(String body, String tags) {
    type("body", body);
    type("tags", tags);
    clickAndWait(By.id("post-question"));
    return new ThreadPage(driver, base);
  }
}
