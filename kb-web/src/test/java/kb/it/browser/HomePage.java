package kb.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The help-center home page. */
public class HomePage extends Page {

  public HomePage(WebDriver driver, String base) {
    super(driver, base);
  }

  public static HomePage open(WebDriver driver, String base) {
    HomePage page = new HomePage(driver, base);
    driver.get(page.base);
    return page;
  }

  public boolean showsSignedOutNotice() {
    return !driver.findElements(By.id("signed-out")).isEmpty();
  }

  public LoginPage goToSignIn() {
    clickAndWait(By.id("nav-signin"));
    return new LoginPage(driver, base);
  }

  public RegisterPage goToRegister() {
    clickAndWait(By.id("nav-register"));
    return new RegisterPage(driver, base);
  }
}
