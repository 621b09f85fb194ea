package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import kb.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The first journeys in a real headless Chromium: accounts, languages, errors, access. */
class SiteBrowserIT extends BrowserJourney {

  @Test
  void registerThenSignOutThenSignInAgain() {
    String name = "web" + UUID.randomUUID().toString().substring(0, 8);
    RegisterPage register = HomePage.open(driver, base.toString()).goToRegister();

    register.fill(name, name + "@example.com", "long-enough-pw", "different-pw");
    register.submit();
    assertFalse(register.fieldError("passwordRepeat").isBlank());
    assertEquals(name, register.typed("username"), "what the user typed is kept");

    register.fill(name, name + "@example.com", "long-enough-pw", "long-enough-pw");
    register.submit();
    ProfilePage profile = register.profile();
    assertTrue(profile.showsWelcome());
    assertEquals(name, profile.username());
    assertTrue(profile.isSignedInAs(name));

    HomePage home = profile.signOut();
    assertTrue(home.showsSignedOutNotice());
    assertFalse(home.isSignedInAs(name));

    LoginPage login = home.goToSignIn();
    login.signIn(name, "wrong-password-x");
    assertFalse(login.error().isBlank());
    assertEquals(name, driver.findElement(By.id("username")).getAttribute("value"));
    login.signIn(name, "long-enough-pw");
    assertTrue(login.isSignedInAs(name));
  }

  /**
   * Login CSRF from a second origin: a page on another port (another site, to the browser)
   * auto-submits the sign-in form with the attacker's account. The victim must not end up signed in
   * as the attacker.
   */
  @Test
  void aFormOnAnotherSiteCannotSignTheVisitorIn() throws IOException {
    String attacker = new Api(base).register("mallory");
    String form =
        "<!doctype html><form id=\"f\" method=\"post\" action=\""
            + base
            + "login.xhtml\">"
            + hidden("login", "login")
            + hidden("username", attacker)
            + hidden("password", Api.MEMBER_PASSWORD)
            + hidden("submit", "Sign in")
            + hidden("jakarta.faces.ViewState", "stateless")
            // a field named "submit" hides form.submit(): call the prototype's
            + "</form><script>HTMLFormElement.prototype.submit.call("
            + "document.getElementById('f'))</script>";
    HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    evil.createContext(
        "/",
        exchange -> {
          byte[] page = form.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    evil.start();
    try {
      driver.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
      try {
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d -> d.getCurrentUrl().startsWith(base.toString()));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "still at " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
      }
      HomePage home = HomePage.open(driver, base.toString());
      assertFalse(home.isSignedInAs(attacker), "signed in as the attacker by another site");
    } finally {
      evil.stop(0);
    }
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
  }

  @Test
  void switchingLanguageTranslatesThePage() {
    HomePage home = HomePage.open(driver, base.toString());
    assertEquals("en", home.htmlLang());
    String english = home.heading();
    home.switchLanguage("ru");
    assertEquals("ru", home.htmlLang());
    assertFalse(english.equals(home.heading()));
    assertTrue(home.heading().matches(".*[А-Яа-я].*"), home.heading());
    home.switchLanguage("vi");
    assertEquals("vi", home.htmlLang());
    driver.get(base + "login.xhtml");
    assertEquals(
        "vi", new LoginPage(driver, base.toString()).htmlLang(), "the choice is remembered");
  }

  @Test
  void aWrongUrlShowsTheFriendly404() {
    driver.get(base + "this/page/does-not-exist");
    assertFalse(driver.findElements(By.id("error-404")).isEmpty(), driver.getPageSource());
    assertFalse(kb.it.Pages.showsStackTrace(driver.getPageSource()));
  }

  /**
   * The stale-role case (issue 14, item 4) in a real browser: an editor whose role is taken away
   * while their page is open is signed out on the next page, and signed in again cannot reach the
   * editor's pages.
   */
  @Test
  void aRevokedRoleReachesAnOpenBrowserOnItsNextPage() {
    String name = new Api(base).register("demoted");
    Api admin = new Api(base).as("admin", "demo-password-1");
    assertEquals(200, admin.put("api/v1/admin/users/" + name + "/roles/EDITOR", "").status());
    LoginPage.open(driver, base.toString()).signIn(name, Api.MEMBER_PASSWORD);
    driver.get(base + "editor/articles.xhtml");
    assertFalse(driver.findElements(By.id("nav-articles")).isEmpty(), driver.getPageSource());

    Api.Response revoked =
        admin.send(admin.request("api/v1/admin/users/" + name + "/roles/EDITOR").DELETE());
    assertEquals(200, revoked.status(), revoked.body());
    driver.get(base + "editor/articles.xhtml");
    assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
    assertTrue(driver.getCurrentUrl().contains("ended"), driver.getCurrentUrl());
    assertTrue(driver.findElements(By.id("nav-articles")).isEmpty());

    new LoginPage(driver, base.toString()).signIn(name, Api.MEMBER_PASSWORD);
    driver.get(base + "editor/articles.xhtml");
    assertFalse(driver.findElements(By.id("error-403")).isEmpty(), driver.getPageSource());
    driver.get(base + "staff/");
    assertTrue(driver.findElements(By.id("tool-articles")).isEmpty());
  }

  @Test
  void aMemberCannotOpenTheStaffPages() {
    LoginPage.open(driver, base.toString()).signIn("alice", "demo-password-1");
    driver.get(base + "staff/");
    assertFalse(driver.findElements(By.id("error-403")).isEmpty());
    driver.get(base + "admin/users.xhtml");
    assertFalse(driver.findElements(By.id("error-403")).isEmpty());
    assertTrue(driver.findElements(By.linkText("Staff")).isEmpty(), "no staff link for members");
  }

  @Test
  void anAdminGrantsARoleInTheUsersPage() {
    LoginPage.open(driver, base.toString()).signIn("admin", "demo-password-1");
    driver.get(base + "admin/users.xhtml");
    driver.findElement(By.id("query")).sendKeys("bob");
    // the list shows bob before the search too: wait for the searched page, not the old one
    clickAndWaitForReload(By.id("find"));
    By editorToggle = By.cssSelector("tr.user-bob .role-EDITOR");
    waitFor(editorToggle);
    boolean before = driver.findElement(editorToggle).getAttribute("class").contains(" on");
    clickAndWaitForReload(editorToggle);
    assertTrue(driver.findElement(By.id("roles-changed")).isDisplayed());
    assertEquals(!before, driver.findElement(editorToggle).getAttribute("class").contains(" on"));
    clickAndWaitForReload(editorToggle);
    assertEquals(before, driver.findElement(editorToggle).getAttribute("class").contains(" on"));
  }

  /** Clicks a control that posts the page, and waits until the new page has replaced it. */
  private void clickAndWaitForReload(By control) {
    WebElement old = driver.findElement(control);
    old.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(Page.gone(old));
    waitFor(control);
  }
}
