package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import kb.shared.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts API, health, OpenAPI and error handling against a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String account(String username, String email, String password, String locale) {
    return "{\"username\":%s,\"email\":%s,\"password\":%s,\"locale\":%s}"
        .formatted(Api.str(username), Api.str(email), Api.str(password), Api.str(locale));
  }

  @Test
  void registersAnAccountThatCanThenSignIn() {
    Api api = new Api(base);
    String name = unique("reg");
    Api.Response created =
        api.post("api/v1/accounts", account(name, name + "@example.com", "long-enough-pw", "tr"));
    assertEquals(201, created.status(), created.body());
    assertEquals(name, created.json().getString("username"));
    assertFalse(created.body().contains("password"), "no hash or password in the answer");

    Api.Response me = api.as(name, "long-enough-pw").get("api/v1/me");
    assertEquals(200, me.status());
    assertEquals("tr", me.json().getString("locale"));
    assertEquals(
        List.of("MEMBER"),
        me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
  }

  @Test
  void duplicateUsernameOrEmailIsA400NamingTheField() {
    Api api = new Api(base);
    String name = unique("dup");
    assertEquals(
        201,
        api.post("api/v1/accounts", account(name, name + "@example.com", "long-enough-pw", "en"))
            .status());

    Api.Response sameName =
        api.post(
            "api/v1/accounts",
            account(name.toUpperCase(), "other-" + name + "@example.com", "long-enough-pw", "en"));
    assertEquals(400, sameName.status());
    assertEquals("username", sameName.json().getString("field"));
    assertEquals("That username is already taken.", sameName.json().getString("message"));

    Api.Response sameMail =
        api.post(
            "api/v1/accounts",
            account(unique("x"), name.toUpperCase() + "@EXAMPLE.com", "long-enough-pw", "en"));
    assertEquals(400, sameMail.status());
    assertEquals("email", sameMail.json().getString("field"));
  }

  @Test
  void errorMessagesFollowAcceptLanguage() {
    Api api = new Api(base);
    Api.Response r =
        api.send(
            api.request("api/v1/accounts")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ru-RU,ru;q=0.9")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        account("ok-name", "bad", "long-enough-pw", "en"))));
    assertEquals(400, r.status());
    assertEquals("email", r.json().getString("field"));
    assertFalse(r.json().getString("message").matches("[\\x00-\\x7F]*"), "message is in Russian");
  }

  @Test
  void malformedRequestsAre4xxWithAMessage() {
    Api api = new Api(base);
    for (String body : List.of("{bad json", "[]", "\"text\"", "{\"username\": 5}", "")) {
      Api.Response r = api.post("api/v1/accounts", body);
      assertTrue(
          r.status() >= 400 && r.status() < 500, body + " -> " + r.status() + " " + r.body());
      assertFalse(r.json().getString("message").isBlank());
    }
    Api.Response unknown = api.get("api/v1/no-such-thing");
    assertEquals(404, unknown.status());
    assertEquals(404, unknown.json().getInt("status"));
  }

  @Test
  void naughtyStringsNeverCauseA500OnRegistration() throws Exception {
    List<String> strings = TestData.naughtyStrings();
    org.junit.jupiter.api.Assumptions.assumeFalse(strings.isEmpty(), "blns.json not present");
    Api api = new Api(base);
    int created = 0;
    for (int i = 0; i < strings.size(); i++) {
      String s = strings.get(i);
      String suffix = i + UUID.randomUUID().toString().substring(0, 6);
      for (String body :
          List.of(
              account(s, "u" + suffix + "@example.com", "long-enough-pw", "en"),
              account("e" + suffix, s, "long-enough-pw", "en"),
              account("l" + suffix, "l" + suffix + "@example.com", "long-enough-pw", s))) {
        Api.Response r = api.post("api/v1/accounts", body);
        assertTrue(
            r.status() == 201 || r.status() == 400, s + " -> " + r.status() + " " + r.body());
        if (r.status() == 201) {
          created++;
        } else {
          assertFalse(r.json().getString("message").isBlank());
        }
      }
      // Passwords are hashed (slow on purpose), so only every tenth naughty string is tried as one.
      if (i % 10 == 0) {
        Api.Response r =
            api.post(
                "api/v1/accounts", account("p" + suffix, "p" + suffix + "@example.com", s, "en"));
        assertTrue(r.status() == 201 || r.status() == 400, s + " -> " + r.status());
      }
    }
    assertTrue(created > 0);
  }

  @Test
  void naughtyStringsNeverCauseA500OnSignIn() throws Exception {
    List<String> strings = TestData.naughtyStrings();
    org.junit.jupiter.api.Assumptions.assumeFalse(strings.isEmpty(), "blns.json not present");
    Api api = new Api(base);
    for (String s : strings) {
      Api.Response r = api.as(s, s).get("api/v1/me");
      assertEquals(401, r.status(), s);
      assertFalse(r.json().getString("message").isBlank());
    }
  }

  @Test
  void healthAndOpenApiAreServed() throws Exception {
    Api api = new Api(base);
    URL root = new URL(base, "/");
    Api.Response health = new Api(root).get("health/ready");
    assertEquals(200, health.status(), health.body());
    assertTrue(health.body().contains("\"database\""));
    Api.Response openapi = new Api(root).get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/accounts"), "the API is described");
    assertFalse(openapi.body().contains("/admin/"), "administrators' operations stay unlisted");
    assertTrue(new Api(root).get("metrics").status() >= 400, "Payara's metrics are not public");
    assertEquals(200, api.get("").status());
  }
}
