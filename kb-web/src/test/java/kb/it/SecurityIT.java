package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles, session cookies, CSRF defences and error pages, through real HTTP. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  private static final String PASSWORD = "demo-password-1";

  /** Each demo account and the pages it may (true) or may not (false) open. */
  private static final Map<String, Map<String, Boolean>> ACCESS =
      Map.of(
          "admin",
              Map.of(
                  "staff/",
                  true,
                  "admin/users.xhtml",
                  true,
                  "admin/audit.xhtml",
                  true,
                  "account/profile.xhtml",
                  true),
          "editor",
              Map.of(
                  "staff/",
                  true,
                  "admin/users.xhtml",
                  false,
                  "admin/audit.xhtml",
                  false,
                  "account/profile.xhtml",
                  true),
          "agent",
              Map.of(
                  "staff/",
                  true,
                  "admin/users.xhtml",
                  false,
                  "admin/audit.xhtml",
                  false,
                  "account/profile.xhtml",
                  true),
          "moderator",
              Map.of(
                  "staff/",
                  true,
                  "admin/users.xhtml",
                  false,
                  "admin/audit.xhtml",
                  false,
                  "account/profile.xhtml",
                  true),
          "alice",
              Map.of(
                  "staff/",
                  false,
                  "admin/users.xhtml",
                  false,
                  "admin/audit.xhtml",
                  false,
                  "account/profile.xhtml",
                  true),
          "bob",
              Map.of(
                  "staff/",
                  false,
                  "admin/users.xhtml",
                  false,
                  "admin/audit.xhtml",
                  false,
                  "account/profile.xhtml",
                  true));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  @Test
  void eachDemoAccountHasItsRoleAndSeesExactlyItsPages() {
    Map<String, String> roles =
        Map.of(
            "admin",
            "ADMIN",
            "editor",
            "EDITOR",
            "agent",
            "AGENT",
            "moderator",
            "MODERATOR",
            "alice",
            "MEMBER",
            "bob",
            "MEMBER");
    for (var entry : ACCESS.entrySet()) {
      Api api = new Api(base).as(entry.getKey(), PASSWORD);
      Api.Response me = api.get("api/v1/me");
      assertEquals(200, me.status(), entry.getKey());
      assertTrue(me.body().contains("\"" + roles.get(entry.getKey()) + "\""), me.body());
      for (var page : entry.getValue().entrySet()) {
        int status = api.send(api.request(page.getKey()).header("Accept", "text/html")).status();
        assertEquals(page.getValue() ? 200 : 403, status, entry.getKey() + " " + page.getKey());
      }
    }
  }

  @Test
  void anonymousVisitorsAreSentToSignInForProtectedPages() {
    Api.Response r = new Api(base).get("staff/");
    assertEquals(302, r.status());
    assertTrue(r.header("Location").contains("login.xhtml?next="), r.header("Location"));
    assertEquals(401, new Api(base).get("api/v1/me").status());
  }

  /** Signs alice in through the login form, as a browser would. */
  private Api.Response signIn(Api browser, String origin) {
    Api.Response page = browser.send(browser.request("login.xhtml").header("Accept", "text/html"));
    assertEquals(200, page.status());
    return browser.send(
        browser
            .request("login.xhtml")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(
                Pages.form(
                    Map.of(
                        "login",
                        "login",
                        "username",
                        "alice",
                        "password",
                        PASSWORD,
                        "submit",
                        "Sign in",
                        "jakarta.faces.ViewState",
                        Pages.viewState(page.body())))));
  }

  @Test
  void signInThroughTheFormSetsAHardenedSessionCookie() {
    Api browser = new Api(base);
    Api.Response page = browser.send(browser.request("login.xhtml").header("Accept", "text/html"));
    assertEquals(null, page.header("Set-Cookie"), "public pages are stateless: no session yet");

    Api.Response signedIn = signIn(browser, origin());
    assertEquals(302, signedIn.status(), signedIn.body());
    assertFalse(signedIn.header("Location").contains("jsessionid"));
    String cookie = signedIn.header("Set-Cookie");
    assertNotNull(cookie, "signing in starts the session");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertEquals(
        200,
        browser
            .send(browser.request("account/profile.xhtml").header("Accept", "text/html"))
            .status());
  }

  @Test
  void aSignInOrRegistrationPostedFromAnotherSiteIsRefused() {
    // login CSRF: another site's form would sign the victim's browser in as the attacker
    Api.Response forged = signIn(new Api(base), "http://evil.example");
    assertEquals(403, forged.status());
    assertNull(forged.header("Set-Cookie"), "no session started by the forged sign-in");
    assertFalse(Pages.showsStackTrace(forged.body()), "no stack trace");
    assertEquals(403, signIn(new Api(base), "null").status(), "a sandboxed frame's origin");

    Api api = new Api(base);
    String name = "csrf" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"username\":\"%s\",\"email\":\"%s@example.com\",\"password\":\"right-password-1\"}"
            .formatted(name, name);
    Api.Response registered =
        api.send(
            api.request("api/v1/accounts")
                .header("Content-Type", "application/json")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(403, registered.status(), registered.body());
    assertTrue(registered.json().getString("message").length() > 10, registered.body());
    // the same from a script (no Origin, no Referer) and from our own pages still works
    assertEquals(201, api.post("api/v1/accounts", body).status());
    assertEquals(302, signIn(new Api(base), origin()).status());
  }

  @Test
  void switchingLanguageNeverRedirectsToAnotherHost() {
    Api api = new Api(base);
    for (String path : new String[] {"/evil.example/x?lang=ru", "/%5Cevil.example?lang=ru"}) {
      // base ends with "/": the request path starts with two slashes (or a slash and a backslash)
      Api.Response r = api.send(HttpRequest.newBuilder(URI.create(base + path)));
      String location = r.header("Location");
      if (location != null) {
        assertFalse(location.startsWith("//"), location);
        assertFalse(location.contains("://evil.example"), location);
      }
      assertTrue(r.status() < 500, r.status() + " for " + path);
    }
  }

  @Test
  void aCrossSitePostRidingOnTheSessionIsRefused() {
    Api browser = new Api(base);
    assertEquals(302, signIn(browser, origin()).status());
    Api.Response profile =
        browser.send(browser.request("account/profile.xhtml").header("Accept", "text/html"));
    Api.Response forged =
        browser.send(
            browser
                .request("account/profile.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(
                    Pages.form(
                        Map.of(
                            "profile",
                            "profile",
                            "displayName",
                            "Pwned",
                            "jakarta.faces.ViewState",
                            Pages.viewState(profile.body())))));
    assertEquals(403, forged.status());
    assertFalse(Pages.showsStackTrace(forged.body()), "no stack trace");
  }

  @Test
  void responsesCarryAPolicyAndPrivateAnswersAreNeverStored() {
    Api api = new Api(base);
    Api.Response home = api.send(api.request("").header("Accept", "text/html"));
    String policy = home.header("Content-Security-Policy");
    assertNotNull(policy);
    assertTrue(policy.contains("object-src 'none'") && policy.contains("form-action 'self'"));
    assertNull(home.header("Strict-Transport-Security"), "plain HTTP: no HSTS");
    Api.Response viaTls =
        api.send(
            api.request("").header("Accept", "text/html").header("X-Forwarded-Proto", "https"));
    assertTrue(viaTls.header("Strict-Transport-Security").contains("max-age="));

    Api.Response me = new Api(base).as("alice", PASSWORD).get("api/v1/me");
    assertEquals("private, no-store", me.header("Cache-Control"));
    Api.Response profile =
        new Api(base)
            .as("alice", PASSWORD)
            .send(
                new Api(base)
                    .as("alice", PASSWORD)
                    .request("account/profile.xhtml")
                    .header("Accept", "text/html"));
    assertEquals(200, profile.status());
    assertEquals("private, no-store", profile.header("Cache-Control"));
  }

  @Test
  void errorPagesAreFriendlyAndShowNoStackTrace() {
    Api api = new Api(base);
    Api.Response missing =
        api.send(api.request("no/such/page.xhtml").header("Accept", "text/html"));
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("id=\"error-404\""), missing.body());
    Api.Response forbidden =
        new Api(base)
            .as("bob", PASSWORD)
            .send(
                new Api(base).as("bob", PASSWORD).request("staff/").header("Accept", "text/html"));
    assertEquals(403, forbidden.status());
    for (String body : Set.of(missing.body(), forbidden.body())) {
      assertFalse(Pages.showsStackTrace(body), "no stack trace");
    }
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }
}
