package kb.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A community thread: the question, its answers and what a member does there. */
public class ThreadPage extends Page {

  public ThreadPage(WebDriver driver, String base) {
    super(driver, base);
  }

  public static ThreadPage open(WebDriver driver, String base, String path) {
    ThreadPage page = new ThreadPage(driver, base);
    driver.get(page.base + (path.startsWith("/") ? path.substring(1) : path));
    page.find(By.id("thread-title"));
    return page;
  }

  public String title() {
    return find(By.id("thread-title")).getText();
  }

  public ThreadPage answer(String text) {
    type("answer-body", text);
    clickAndWait(By.id("post-answer"));
    return this;
  }

  public List<WebElement> answers() {
    return driver.findElements(By.cssSelector("section.post[id^='a']"));
  }

  /** The element id of the first answer, e.g. {@code a42}. */
  public String firstAnswerId() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.post[id^='a']")));
    return answers().get(0).getAttribute("id");
  }

  public ThreadPage voteUp(String answerId) {
    clickAndWait(By.cssSelector("section#" + answerId + " input.up"));
    return this;
  }

  public String score(String answerId) {
    return find(By.cssSelector("section#" + answerId + " .score")).getText();
  }

  public ThreadPage accept(String answerId) {
    clickAndWait(
        By.cssSelector("section#" + answerId + " input[value='" + acceptLabel(answerId) + "']"));
    return this;
  }

  private String acceptLabel(String answerId) {
    return find(By.cssSelector("section#" + answerId + " .vote-column .button.small"))
        .getAttribute("value");
  }

  public boolean accepted(String answerId) {
    return !driver
        .findElements(By.cssSelector("section#" + answerId + " .accepted-mark"))
        .isEmpty();
  }

  /** "I still need help" (or an agent's escalation): opens a support ticket. */
  public ThreadPage escalate() {
    clickAndWait(By.id("escalate"));
    return this;
  }

  /** The "use" buttons of the possible duplicates the close form offers. */
  public List<WebElement> duplicateCandidates() {
    return driver.findElements(By.cssSelector("#duplicate-candidates [data-fill]"));
  }

  public String duplicateOf() {
    return find(By.id("duplicate-of")).getAttribute("value");
  }

  public ThreadPage close() {
    clickAndWait(By.id("close-thread"));
    return this;
  }

  /** Where the closed notice's duplicate link points. */
  public String duplicateLink() {
    return find(By.id("duplicate-link")).getAttribute("href");
  }

  public String error() {
    return driver.findElements(By.id("thread-error")).isEmpty()
        ? ""
        : driver.findElement(By.id("thread-error")).getText();
  }
}
