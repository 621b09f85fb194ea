package kb.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The registration form. */
public class RegisterPage extends Page {

  public RegisterPage(WebDriver driver, String base) {
    super(driver, base);
  }

  public RegisterPage fill(String username, String email, String password, String repeat) {
    type("username", username);
    type("email", email);
    type("password", password);
    type("passwordRepeat", repeat);
    return this;
  }

  public void submit() {
    clickAndWait(By.id("submit"));
  }

  public String fieldError(String field) {
    return find(By.id(field + "-error")).getText();
  }

  public String typed(String field) {
    return find(By.id(field)).getAttribute("value");
  }

  public ProfilePage profile() {
    return new ProfilePage(driver, base);
  }
}
