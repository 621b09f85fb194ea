package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing, demo passwords and open sessions (issue 14, items 1, 2 and 4), through real
 * HTTP. The site trusts 127.0.0.1 as its proxy here, so each test plays its clients from their own
 * addresses with {@code X-Forwarded-For}.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  @Test
  void guessingSlowsAnAccountDownWithTheAnswerAWrongPasswordGets() {
    String name = new Api(base).register("slow");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, me(name, "wrong-password-" + i, "203.0.113." + (10 + i)).status());
    }
    Api.Response throttled = me(name, Api.MEMBER_PASSWORD, "203.0.113.20");
    Api.Response unknown = me("nobody" + name, "wrong-password", "203.0.113.21");
    assertEquals(401, throttled.status(), "the right password waits too");
    assertEquals(401, unknown.status());
    assertEquals(
        unknown.json().getString("message"),
        throttled.json().getString("message"),
        "a throttled account reads exactly as an unknown one");
  }

  @Test
  void theOwnersAddressAndBrowserAreNotLockedOutBySomeoneElsesGuessing() {
    String name = new Api(base).register("owner");
    Api browser = new Api(base);
    Api.Response signedIn = signIn(browser, name, Api.MEMBER_PASSWORD, "198.51.100.21");
    assertEquals(302, signedIn.status(), signedIn.body());
    String device =
        signedIn.raw().headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("kb_device="))
            .findFirst()
            .orElse(null);
    assertNotNull(device, "a browser that signed in is remembered");
    assertTrue(device.contains("HttpOnly") && device.contains("SameSite=Strict"), device);
    assertEquals(200, me(name, Api.MEMBER_PASSWORD, "198.51.100.20").status());

    guess(name, "192.0.2.4");
    assertEquals(401, me(name, Api.MEMBER_PASSWORD, "192.0.2.60").status(), "a stranger waits");
    Api.Response again =
        signIn(
            new Api(base),
            name,
            Api.MEMBER_PASSWORD,
            "198.51.100.99",
            device.substring(0, device.indexOf(';')));
    assertEquals(302, again.status(), "the owner's browser signs in from anywhere");

    guess(name, "192.0.2.5");
    assertEquals(401, me(name, Api.MEMBER_PASSWORD, "192.0.2.61").status(), "a stranger waits");
    assertEquals(
        200, me(name, Api.MEMBER_PASSWORD, "198.51.100.99").status(), "the owner's last address");
  }

  /** Five wrong passwords for the account, each from its own address ({@code prefix + i}). */
  private void guess(String name, String prefix) {
    for (int i = 0; i < 5; i++) {
      assertEquals(401, me(name, "guess-" + i, prefix + i).status());
    }
  }

  @Test
  void tooManyFailuresFromOneAddressStopItsChecksButNotOtherAddresses() {
    String name = new Api(base).register("addr");
    for (int i = 0; i < 10; i++) {
      assertEquals(401, me("ghost" + i, "wrong-password", "192.0.2.200").status());
    }
    Api.Response refused = me(name, Api.MEMBER_PASSWORD, "192.0.2.200");
    assertEquals(429, refused.status(), refused.body());
    assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    assertTrue(refused.json().getString("message").contains("network"), refused.body());
    assertEquals(200, me(name, Api.MEMBER_PASSWORD, "192.0.2.201").status());
  }

  @Test
  void demoPasswordsWorkOnlyFromThisMachineAndNeverThroughAProxy() {
    assertEquals(200, new Api(base).as("admin", "demo-password-1").get("api/v1/me").status());
    Api.Response proxied = me("admin", "demo-password-1", "203.0.113.77");
    assertEquals(401, proxied.status());
    assertTrue(proxied.json().getString("message").contains("machine"), proxied.body());
    Api.Response page = page(new Api(base), "");
    assertTrue(page.body().contains("id=\"demo-banner\""), "a demo site says so on every page");
  }

  @Test
  void aRoleGrantedOrRevokedReachesOpenSessionsOnTheirNextRequest() {
    String name = new Api(base).register("role");
    Api admin = new Api(base).as("admin", "demo-password-1");
    Api browser = new Api(base);
    assertEquals(302, signIn(browser, name, Api.MEMBER_PASSWORD, null).status());
    assertEquals(403, page(browser, "staff/").status());

    assertEquals(200, admin.put("api/v1/admin/users/" + name + "/roles/EDITOR", "").status());
    Api.Response ended = page(browser, "staff/");
    assertEquals(302, ended.status());
    assertTrue(
        ended.header("Location").contains("login.xhtml?ended=true"), ended.header("Location"));
    assertEquals(302, signIn(browser, name, Api.MEMBER_PASSWORD, null).status());
    assertEquals(200, page(browser, "staff/").status(), "signed in again, the editor works");
    Api script = new Api(base).as(name, Api.MEMBER_PASSWORD);
    assertTrue(script.get("api/v1/me").body().contains("EDITOR"));

    Api.Response revoked =
        admin.send(admin.request("api/v1/admin/users/" + name + "/roles/EDITOR").DELETE());
    assertEquals(200, revoked.status(), revoked.body());
    assertEquals(302, page(browser, "staff/").status(), "a demoted editor is out at once");
    assertFalse(script.get("api/v1/me").body().contains("EDITOR"), "and so is their script");
    assertEquals(400, admin.put("api/v1/admin/users/" + name + "/roles/KING", "").status());
    assertEquals(
        403,
        script.put("api/v1/admin/users/" + name + "/roles/ADMIN", "").status(),
        "members do not grant roles");
  }

  @Test
  void aNewPasswordEndsOtherSessionsAndSignOutEverywhereEndsAll() {
    String name = new Api(base).register("sess");
    Api first = new Api(base);
    Api second = new Api(base);
    assertEquals(302, signIn(first, name, Api.MEMBER_PASSWORD, null).status());
    assertEquals(302, signIn(second, name, Api.MEMBER_PASSWORD, null).status());

    Api.Response profile = page(first, "account/profile.xhtml");
    Api.Response changed =
        first.send(
            first
                .request("account/profile.xhtml")
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(
                    Pages.form(
                        Map.of(
                            "password", "password",
                            "currentPassword", Api.MEMBER_PASSWORD,
                            "newPassword", "a-brand-new-password",
                            "change-password", "Change",
                            "jakarta.faces.ViewState", Pages.viewState(profile.body())))));
    assertEquals(302, changed.status(), changed.body());
    assertTrue(changed.header("Location").contains("ended=password"), changed.header("Location"));
    assertEquals(302, page(second, "account/profile.xhtml").status(), "the other session ended");
    assertEquals(200, signIn(first, name, Api.MEMBER_PASSWORD, null).status(), "old one refused");
    assertEquals(302, page(first, "account/profile.xhtml").status(), "so still signed out");
    assertEquals(302, signIn(first, name, "a-brand-new-password", null).status());
    assertEquals(200, page(first, "account/profile.xhtml").status(), "the new one works");

    Api script = new Api(base).as(name, "a-brand-new-password");
    assertEquals(204, script.post("api/v1/me/sign-out-everywhere", "").status());
    Api.Response out = page(first, "account/profile.xhtml");
    assertEquals(302, out.status());
    assertTrue(out.header("Location").contains("ended=true"), out.header("Location"));
  }

  /** {@code GET /api/v1/me} with HTTP Basic, as a client at {@code address}. */
  @Test
  void signInsAndRoleChangesAreInTheAuditLogWithoutAnyPassword() {
    String name = new Api(base).register("audited");
    assertEquals(401, me(name, "wrong-password-77", "203.0.113.77").status());
    assertEquals(200, me(name, Api.MEMBER_PASSWORD, "203.0.113.78").status());
    assertEquals(
        401, me("x" + name + "-nobody", "typed-in-the-wrong-box", "203.0.113.79").status());
    Api admin = new Api(base).as("admin", "demo-password-1");
    assertEquals(200, admin.put("api/v1/admin/users/" + name + "/roles/EDITOR", "").status());

    Api.Response log = admin.get("api/v1/admin/audit?user=" + name);
    assertEquals(200, log.status(), log.body());
    Map<String, String> addressByKind = new java.util.HashMap<>();
    log.jsonArray()
        .getValuesAs(jakarta.json.JsonObject.class)
        .forEach(e -> addressByKind.put(e.getString("kind"), e.getString("address", "")));
    assertEquals("203.0.113.77", addressByKind.get("SIGN_IN_FAILED"), log.body());
    assertEquals("203.0.113.78", addressByKind.get("SIGNED_IN"), log.body());
    assertTrue(
        addressByKind.containsKey("REGISTERED") && addressByKind.containsKey("ROLE_GRANTED"));
    Api.Response failures = admin.get("api/v1/admin/audit?kind=SIGN_IN_FAILED&size=200");
    assertTrue(failures.body().contains("203.0.113.79"), "an unknown name's failure is kept…");
    for (String secret :
        new String[] {Api.MEMBER_PASSWORD, "wrong-password-77", "typed-in-the-wrong-box"}) {
      assertFalse(failures.body().contains(secret) || log.body().contains(secret), secret);
    }
    assertEquals(400, admin.get("api/v1/admin/audit?kind=NAP").status());
    Api.Response member = new Api(base).as(name, Api.MEMBER_PASSWORD).get("api/v1/admin/audit");
    assertEquals(403, member.status(), "an editor is not an administrator");
  }

  private Api.Response me(String username, String password, String address) {
    Api api = new Api(base);
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return api.send(
        api.request("api/v1/me")
            .header("Authorization", "Basic " + basic)
            .header("X-Forwarded-For", address));
  }

  private static Api.Response page(Api browser, String path) {
    return browser.send(browser.request(path).header("Accept", "text/html"));
  }

  private Api.Response signIn(Api browser, String username, String password, String address) {
    return signIn(browser, username, password, address, null);
  }

  /** Signs in through the login form, as a browser at {@code address} (null: this machine). */
  private Api.Response signIn(
      Api browser, String username, String password, String address, String cookie) {
    Api.Response page = page(browser, "login.xhtml");
    assertEquals(200, page.status());
    HttpRequest.Builder post =
        browser
            .request("login.xhtml")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin());
    if (address != null) {
      post.header("X-Forwarded-For", address);
    }
    if (cookie != null) {
      post.header("Cookie", cookie);
    }
    return browser.send(
        post.POST(
            Pages.form(
                Map.of(
                    "login",
                    "login",
                    "username",
                    username,
                    "password",
                    password,
                    "submit",
                    "Sign in",
                    "jakarta.faces.ViewState",
                    Pages.viewState(page.body())))));
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }
}
