package kb.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The member's own profile page. */
public class ProfilePage extends Page {

  public ProfilePage(WebDriver driver, String base) {
    super(driver, base);
  }

  public boolean showsWelcome() {
    return !driver.findElements(By.id("welcome")).isEmpty();
  }

  public String username() {
    return find(By.id("profile-username")).getText();
  }
}
