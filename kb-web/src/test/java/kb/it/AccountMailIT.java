package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail about accounts (issue 14, item 10) against a real SMTP server (GreenMail on the port the
 * failsafe configuration gives the site): password reset (the same answer for known and unknown
 * addresses, a single-use link, the strength rules, the old password gone) and the confirmation of
 * a new account's address before it posts.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {

  private static final Pattern TOKEN =
      Pattern.compile("password-reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  static MailCatcher mail;

  @BeforeAll
  static void startSmtp() {
    mail = MailCatcher.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.close();
  }

  @Test
  void aMailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
    Api api = new Api(base);
    String name = api.register("forgetful");
    String email = name + "@example.com";
    Api.Response unknown =
        api.post("api/v1/accounts/password-reset", "{\"email\":\"nobody-" + email + "\"}");
    Api.Response known =
        api.post("api/v1/accounts/password-reset", "{\"email\":\"" + email + "\"}");
    assertEquals(202, unknown.status(), unknown.body());
    assertEquals(202, known.status(), known.body());
    assertEquals(
        unknown.json().getString("message"),
        known.json().getString("message"),
        "the answer does not tell whether an account uses the address");
    assertEquals(400, api.post("api/v1/accounts/password-reset", "{\"email\":\"no\"}").status());

    String token = awaitToken(email);
    String page = "password-reset.xhtml?token=" + token;
    Api.Response form = api.send(api.request(page).header("Accept", "text/html"));
    assertTrue(form.body().contains("id=\"set-password\""), form.body());
    assertEquals("private, no-store", form.header("Cache-Control"));

    String confirm = "api/v1/accounts/password-reset/confirm";
    Api.Response weak =
        api.post(confirm, "{\"token\":\"" + token + "\",\"password\":\"password1234\"}");
    assertEquals(400, weak.status(), weak.body());
    assertEquals("password", weak.json().getString("field"));
    String replacement = "a fresh long passphrase for " + name;
    Api.Response done =
        api.post(
            confirm, "{\"token\":\"" + token + "\",\"password\":" + Api.str(replacement) + "}");
    assertEquals(204, done.status(), done.body());

    assertEquals(401, new Api(base).as(name, Api.MEMBER_PASSWORD).get("api/v1/me").status());
    assertEquals(200, new Api(base).as(name, replacement).get("api/v1/me").status());
    Api.Response again =
        api.post(
            confirm, "{\"token\":\"" + token + "\",\"password\":" + Api.str(replacement) + "}");
    assertEquals(400, again.status(), "a link works once");
    assertEquals("token", again.json().getString("field"));
    Api.Response spent = api.send(api.request(page).header("Accept", "text/html"));
    assertTrue(spent.body().contains("id=\"reset-expired\""), spent.body());
    assertFalse(mail.anyTo("nobody-"), "no mail to an address no account uses");
    assertTrue(mail.await(email, "password was changed").isPresent(), "the owner hears of it");
    Api.Response log =
        new Api(base).as("admin", "demo-password-1").get("api/v1/admin/audit?user=" + name);
    assertTrue(log.body().contains("PASSWORD_RESET\""), log.body());
  }

  @Test
  void theSignInPageLeadsThroughTheSameResetInHtmlForms() throws Exception {
    Api browser = new Api(base);
    String name = browser.register("pagereset");
    String email = name + "@example.com";
    Api.Response login = html(browser, "login.xhtml");
    assertTrue(login.body().contains("id=\"forgot-password\""), login.body());

    Api.Response ask = html(browser, "password-reset.xhtml");
    Api.Response sent =
        submit(
            browser,
            "password-reset.xhtml",
            Map.of(
                "reset-ask",
                "reset-ask",
                "email",
                email,
                "send-link",
                "Send",
                "jakarta.faces.ViewState",
                Pages.viewState(ask.body())));
    assertEquals(200, sent.status(), sent.body());
    assertTrue(sent.body().contains("id=\"reset-sent\""), sent.body());

    String token = awaitToken(email);
    String page = "password-reset.xhtml?token=" + token;
    Api.Response form = html(browser, page);
    Api.Response mismatch =
        submit(browser, page, fields(form, token, "one long phrase", "another"));
    assertTrue(mismatch.body().contains("id=\"passwordRepeat-error\""), mismatch.body());
    Api.Response weak =
        submit(browser, page, fields(form, token, "qwertyuiop123", "qwertyuiop123"));
    assertTrue(weak.body().contains("id=\"password-error\""), weak.body());
    String replacement = "purple gravel lantern " + name;
    Api.Response done = submit(browser, page, fields(form, token, replacement, replacement));
    assertEquals(302, done.status(), done.body());
    assertTrue(
        done.header("Location").endsWith("login.xhtml?ended=reset"), done.header("Location"));
    assertEquals(200, new Api(base).as(name, replacement).get("api/v1/me").status());
  }

  @Test
  void anAccountRegisteredFromOutsideConfirmsItsAddressBeforePosting() {
    Api api = new Api(base);
    String name = "outside" + Long.toString(System.nanoTime(), 36);
    String email = name + "@example.com";
    Api.Response registered =
        api.send(
            api.request("api/v1/accounts")
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100.23")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + name
                            + "\",\"email\":\""
                            + email
                            + "\",\"password\":\""
                            + Api.MEMBER_PASSWORD
                            + "\",\"locale\":\"en\"}")));
    assertEquals(201, registered.status(), registered.body());
    assertFalse(registered.json().getBoolean("emailVerified"));

    Api member = new Api(base).as(name, Api.MEMBER_PASSWORD);
    String question =
        "{\"title\":\"Can I change the size after ordering?\",\"markdown\":"
            + Api.str("I ordered an M but need an L, the order has not shipped yet.")
            + ",\"tags\":[\"sizes\"],\"locale\":\"en\"}";
    Api.Response early = member.post("api/v1/questions", question);
    assertEquals(403, early.status(), early.body());
    assertTrue(early.json().getString("message").contains("confirm your e-mail"), early.body());

    Api.Response profile =
        member.send(member.request("account/profile.xhtml").header("Accept", "text/html"));
    assertTrue(profile.body().contains("id=\"email-unconfirmed\""), profile.body());

    String body = mail.await(email, "Confirm your e-mail").orElseThrow(AssertionError::new);
    Matcher link = Pattern.compile("verify-email\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertTrue(link.find(), body);
    String page = "verify-email.xhtml?token=" + link.group(1);
    assertTrue(html(api, page).body().contains("id=\"email-confirmed\""));
    assertTrue(html(api, page).body().contains("id=\"email-link-invalid\""), "used once");
    assertTrue(member.get("api/v1/me").json().getBoolean("emailVerified"));
    Api.Response asked = member.post("api/v1/questions", question);
    assertEquals(201, asked.status(), asked.body());
  }

  private static Map<String, String> fields(
      Api.Response form, String token, String password, String repeat) {
    return Map.of(
        "reset-set",
        "reset-set",
        "token",
        token,
        "password",
        password,
        "passwordRepeat",
        repeat,
        "set-password",
        "Set",
        "jakarta.faces.ViewState",
        Pages.viewState(form.body()));
  }

  private static Api.Response html(Api browser, String path) {
    Api.Response r = browser.send(browser.request(path).header("Accept", "text/html"));
    assertEquals(200, r.status(), r.body());
    return r;
  }

  private Api.Response submit(Api browser, String path, Map<String, String> fields) {
    String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    return browser.send(
        browser
            .request(path)
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(Pages.form(fields)));
  }

  /** The token of the reset link mailed to {@code to}. */
  private static String awaitToken(String to) {
    String body = mail.await(to, "Reset your password").orElseThrow(() -> new AssertionError(to));
    Matcher found = TOKEN.matcher(body);
    assertTrue(found.find(), body);
    return found.group(1);
  }
}
