package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One model of who may do what (issue 14, item 5): staff endpoints refuse by the same table with a
 * message that says who may, and a thread tells each viewer exactly the actions the server will
 * then accept.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

  static final String DEMO = "demo-password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.site();
  }

  @ArquillianResource URL base;

  private Api as(String name, String password) {
    return new Api(base).as(name, password);
  }

  @Test
  void staffWorkIsRefusedByOneTableWithAReasonAndVisitorsAreAskedToSignIn() {
    String name = new Api(base).register("plain");
    Api member = as(name, Api.MEMBER_PASSWORD);
    refused(member.get("api/v1/gaps"), "Only editors can see and work the gap report.");
    refused(member.get("api/v1/analytics/summary"), "Only editors, support agents");
    refused(member.post("api/v1/admin/search-index", ""), "Only administrators can do this.");
    refused(member.get("api/v1/admin/escalation-rules"), "Only administrators can do this.");
    refused(member.post("api/v1/admin/search-log/retention", ""), "Only administrators");

    Api.Response visitor = new Api(base).get("api/v1/gaps");
    assertEquals(401, visitor.status(), visitor.body());
    assertTrue(visitor.header("WWW-Authenticate").startsWith("Basic"));

    Api editor = as("editor", DEMO);
    assertEquals(200, editor.get("api/v1/gaps").status());
    assertEquals(200, editor.get("api/v1/analytics/summary").status());
    refused(editor.get("api/v1/admin/escalation-rules"), "Only administrators can do this.");
    Api agent = as("agent", DEMO);
    assertEquals(200, agent.get("api/v1/analytics/summary").status());
    refused(agent.get("api/v1/gaps"), "Only editors can see and work the gap report.");
    assertEquals(200, as("admin", DEMO).get("api/v1/admin/escalation-rules").status());
  }

  @Test
  void aThreadCarriesWhatEachViewerMayDoAndTheServerHoldsToIt() {
    String askerName = new Api(base).register("asker");
    String answererName = new Api(base).register("helper");
    Api asker = as(askerName, Api.MEMBER_PASSWORD);
    Api answerer = as(answererName, Api.MEMBER_PASSWORD);
    Api agent = as("agent", DEMO);
    Api.Response asked =
        asker.post(
            "api/v1/questions",
            "{\"title\":\"My parcel shows delivered but never came\",\"markdown\":"
                + Api.str("The tracking says delivered yesterday, nothing at the door.")
                + ",\"tags\":[\"shipping\"],\"locale\":\"en\"}");
    assertEquals(201, asked.status(), asked.body());
    long id = asked.json().getJsonNumber("id").longValue();
    Api.Response answered =
        answerer.post(
            "api/v1/questions/" + id + "/answers",
            "{\"markdown\":" + Api.str("Ask your neighbours first, then the carrier.") + "}");
    assertEquals(201, answered.status(), answered.body());
    long answerId = answered.json().getJsonNumber("id").longValue();
    String thread = "api/v1/questions/" + id;

    JsonObject seen = new Api(base).get(thread).json();
    assertEquals(Set.of(), names(seen.getJsonArray("threadActions")), "a visitor may do nothing");
    assertEquals(Set.of(), names(answer(seen).getJsonArray("actions")));

    seen = asker.get(thread).json();
    Set<String> askerThread = names(seen.getJsonArray("threadActions"));
    assertTrue(askerThread.containsAll(Set.of("ANSWER", "FOLLOW", "ESCALATE", "SEE_TICKET")));
    assertFalse(askerThread.contains("POST_OFFICIAL") || askerThread.contains("CLOSE"));
    Set<String> onAnswer = names(answer(seen).getJsonArray("actions"));
    assertTrue(onAnswer.containsAll(Set.of("ACCEPT", "VOTE_DOWN", "COMMENT")), onAnswer.toString());
    assertFalse(onAnswer.contains("VOTE_UP") || onAnswer.contains("EDIT"), onAnswer.toString());

    seen = answerer.get(thread).json();
    assertFalse(names(seen.getJsonArray("threadActions")).contains("ESCALATE"));
    assertFalse(names(answer(seen).getJsonArray("actions")).contains("ACCEPT"));
    refused(
        answerer.post(thread + "/accept", "{\"answerId\":" + answerId + "}"),
        "Only the person who asked");

    Set<String> agentThread = names(agent.get(thread).json().getJsonArray("threadActions"));
    assertTrue(agentThread.containsAll(Set.of("POST_OFFICIAL", "ESCALATE", "SEE_TICKET")));
    assertFalse(agentThread.contains("WRITE_DRAFT"), "no accepted answer to draft from yet");

    Api.Response accepted = asker.post(thread + "/accept", "{\"answerId\":" + answerId + "}");
    assertEquals(200, accepted.status(), accepted.body());
    assertTrue(names(answer(accepted.json()).getJsonArray("actions")).contains("UNACCEPT"));
    assertTrue(
        names(agent.get(thread).json().getJsonArray("threadActions")).contains("WRITE_DRAFT"));

    assertEquals(201, asker.post(thread + "/escalate", "{\"reason\":\"still missing\"}").status());
    assertFalse(
        names(agent.get(thread).json().getJsonArray("threadActions")).contains("ESCALATE"),
        "one open ticket per thread");
  }

  private static JsonObject answer(JsonObject thread) {
    return thread.getJsonArray("answers").getJsonObject(0);
  }

  private static Set<String> names(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }

  private static void refused(Api.Response r, String message) {
    assertEquals(403, r.status(), r.body());
    assertTrue(r.json().getString("message").startsWith(message), r.body());
  }
}
