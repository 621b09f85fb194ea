package kb.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in form. */
public class LoginPage extends Page {

  public LoginPage(WebDriver driver, String base) {
    super(driver, base);
  }

  public static LoginPage open(WebDriver driver, String base) {
    LoginPage page = new LoginPage(driver, base);
    driver.get(page.base + "login.xhtml");
    return page;
  }

  public Page signIn(String username, String password) {
    type("username", username);
    type("password", password);
    clickAndWait(By.id("submit"));
    return this;
  }

  public String error() {
    return find(By.id("login-error")).getText();
  }
}
