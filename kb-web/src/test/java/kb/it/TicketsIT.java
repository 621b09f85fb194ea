package kb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tickets through REST on a real Payara Micro: escalation (never two open tickets per thread, even
 * from 10 concurrent requests), who may read a ticket, an agent's public reply flowing back to the
 * thread as an official answer, solving, and the escalation rules run at a chosen time.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsIT {

  static final String DEMO = "demo-password-1";

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

  private Api anonymous() {
    return new Api(base);
  }

  private Api as(String name) {
    return anonymous().as(name, Api.MEMBER_PASSWORD);
  }

  private Api agent() {
    return anonymous().as("agent", DEMO);
  }

  private long ask(Api who, String title) {
    Api.Response r =
        who.post(
            "api/v1/questions",
            "{\"title\":"
                + Api.str(title)
                + ",\"markdown\":"
                + Api.str("The parcel tracking has said 'in transit' for three weeks now.")
                + ",\"tags\":[\"shipping\"],\"locale\":\"en\"}");
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonNumber("id").longValue();
  }

  /** Whether a notice mail to {@code to} whose subject contains {@code text} links the ticket. */
  private static boolean mailTo(String to, String text) {
    return mail.await(to, text).map(b -> b.contains("/account/ticket.xhtml?number=")).orElse(false);
  }

  @Test
  void concurrentEscalationsOpenOneTicket() throws Exception {
    String asker = anonymous().register("esc");
    long q = ask(as(asker), "Parcel stuck in transit for weeks " + asker);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Api.Response>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Api who = i % 2 == 0 ? as(asker) : agent();
        calls.add(
            pool.submit(
                () ->
                    who.post(
                        "api/v1/questions/" + q + "/escalate", "{\"reason\":\"still lost\"}")));
      }
      Set<String> numbers = new HashSet<>();
      for (Future<Api.Response> f : calls) {
        Api.Response r = f.get();
        assertEquals(201, r.status(), r.body());
        numbers.add(r.json().getString("number"));
      }
      assertEquals(1, numbers.size(), numbers.toString());
    } finally {
      pool.shutdownNow();
    }
    JsonObject thread = anonymous().get("api/v1/questions/" + q).json();
    assertTrue(thread.getJsonObject("ticket").getString("number").startsWith("KB-"));
  }

  @Test
  void onlyTheRequesterAndAgentsReadATicket() {
    String asker = anonymous().register("own");
    String other = anonymous().register("oth");
    long q = ask(as(asker), "Where is my parcel, ticket for " + asker);
    assertEquals(403, as(other).post("api/v1/questions/" + q + "/escalate", "{}").status());
    String number =
        as(asker)
            .post("api/v1/questions/" + q + "/escalate", "{\"reason\":\"help\"}")
            .json()
            .getString("number");
    assertEquals(200, as(asker).get("api/v1/tickets/" + number).status());
    assertEquals(404, as(other).get("api/v1/tickets/" + number).status());
    assertEquals(404, as(other).get("api/v1/tickets/KB-999999999").status());
    assertEquals(401, anonymous().get("api/v1/tickets/" + number).status());
    JsonObject seen = agent().get("api/v1/tickets/" + number).json();
    assertEquals(asker, seen.getString("requester"));
    assertNotNull(seen.getString("firstResponseDueAt"));
    assertEquals(
        403,
        as(asker).post("api/v1/tickets/" + number + "/status", "{\"status\":\"SOLVED\"}").status());
    // urgent: the first response is due an hour after it opened, around the clock
    assertEquals(
        403,
        as(asker)
            .post("api/v1/tickets/" + number + "/priority", "{\"priority\":\"URGENT\"}")
            .status());
    JsonObject urgent =
        agent().post("api/v1/tickets/" + number + "/priority", "{\"priority\":\"URGENT\"}").json();
    assertEquals(
        OffsetDateTime.parse(urgent.getString("createdAt")).plusHours(1).toEpochSecond() / 60,
        OffsetDateTime.parse(urgent.getString("firstResponseDueAt")).toEpochSecond() / 60);
    assertEquals(
        400,
        agent().post("api/v1/tickets/" + number + "/priority", "{\"priority\":\"ASAP\"}").status());
    // an internal note is hidden from the requester
    assertEquals(
        201,
        agent()
            .post(
                "api/v1/tickets/" + number + "/messages",
                "{\"markdown\":\"VIP customer, be quick\",\"public\":false}")
            .status());
    assertFalse(as(asker).get("api/v1/tickets/" + number).body().contains("VIP customer"));
    assertTrue(agent().get("api/v1/tickets/" + number).body().contains("VIP customer"));
  }

  @Test
  void aPublicReplyBecomesTheOfficialAnswerAndSolvingShowsOnTheThread() {
    String asker = anonymous().register("flow");
    Api me = as(asker);
    me.get(
        "api/v1/search?locale=en&q="
            + URLEncoder.encode("parcel stuck customs", StandardCharsets.UTF_8));
    long q = ask(me, "Parcel stuck at customs, what now " + asker);
    String number = me.post("api/v1/questions/" + q + "/escalate", "{}").json().getString("number");
    JsonObject ticket = agent().get("api/v1/tickets/" + number).json();
    assertEquals("NEW", ticket.getString("status"));
    assertTrue(
        ticket.getJsonArray("searches").toString().contains("parcel stuck customs"),
        ticket.toString());

    Api.Response reply =
        agent()
            .post(
                "api/v1/tickets/" + number + "/messages",
                "{\"markdown\":\"Customs asked for an invoice; we sent it today.\",\"public\":true,\"toThread\":true}");
    assertEquals(201, reply.status(), reply.body());
    JsonObject thread = anonymous().get("api/v1/questions/" + q).json();
    JsonObject answer = thread.getJsonArray("answers").getJsonObject(0);
    assertTrue(answer.getBoolean("official"));
    assertEquals("agent", answer.getString("author"));
    assertEquals("OPEN", agent().get("api/v1/tickets/" + number).json().getString("status"));

    Api.Response solved =
        agent().post("api/v1/tickets/" + number + "/status", "{\"status\":\"SOLVED\"}");
    assertEquals(200, solved.status(), solved.body());
    assertEquals(
        "SOLVED",
        anonymous()
            .get("api/v1/questions/" + q)
            .json()
            .getJsonObject("ticket")
            .getString("status"));
    // a draft from a ticket is for agents: an editor may not read a solved ticket through it
    Api.Response byEditor =
        anonymous().as("editor", DEMO).post("api/v1/tickets/" + number + "/draft", "");
    assertEquals(403, byEditor.status(), byEditor.body());
    Api.Response byAgent = agent().post("api/v1/tickets/" + number + "/draft", "");
    assertEquals(201, byAgent.status(), byAgent.body());
    assertTrue(me.get("api/v1/notifications").body().contains("TICKET_REPLY"));
    assertTrue(mailTo(asker + "@example.com", "replied to your support ticket " + number));
    assertTrue(mailTo(asker + "@example.com", "is now SOLVED"));

    // the requester answers: the ticket is open again, and it is still the thread's only open one
    assertEquals(
        201,
        me.post(
                "api/v1/tickets/" + number + "/messages",
                "{\"markdown\":\"It arrived, but damaged.\"}")
            .status());
    assertEquals("OPEN", me.get("api/v1/tickets/" + number).json().getString("status"));
    assertEquals(
        number, me.post("api/v1/questions/" + q + "/escalate", "{}").json().getString("number"));
  }

  @Test
  void anAnswerTheAskerVotesDownEscalatesTheThread() {
    String asker = anonymous().register("nh");
    String helper = anonymous().register("nhh");
    long q = ask(as(asker), "Refund went to an old card, what now " + asker);
    long a =
        as(helper)
            .post(
                "api/v1/questions/" + q + "/answers",
                "{\"markdown\":\"Just wait a few more weeks, it will come.\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    // a new member may not vote down in general, but may say an answer to their own question did
    // not help
    Api.Response down = as(asker).post("api/v1/posts/" + a + "/votes", "{\"value\":-1}");
    assertEquals(200, down.status(), down.body());
    String at = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString();
    anonymous().as("admin", DEMO).post("api/v1/admin/escalation-rules/run?at=" + at, "");
    JsonObject t = anonymous().get("api/v1/questions/" + q).json().getJsonObject("ticket");
    assertNotNull(t, "escalated by NOT_HELPFUL");
  }

  @Test
  void agentsTagTicketsAndAdminsSetSlaTargets() {
    String asker = anonymous().register("tag");
    long q = ask(as(asker), "Tagging a ticket about a late parcel " + asker);
    String number =
        as(asker).post("api/v1/questions/" + q + "/escalate", "{}").json().getString("number");
    JsonObject tagged =
        agent()
            .post("api/v1/tickets/" + number + "/tags", "{\"tags\":[\"Carrier\",\"late\"]}")
            .json();
    assertEquals(
        List.of("carrier", "late"),
        tagged.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(
        400, agent().post("api/v1/tickets/" + number + "/tags", "{\"tags\":[\"<b>\"]}").status());
    assertEquals(
        403, as(asker).post("api/v1/tickets/" + number + "/tags", "{\"tags\":[\"x1\"]}").status());

    Api admin = anonymous().as("admin", DEMO);
    assertEquals(403, agent().get("api/v1/admin/sla").status());
    Api.Response bad =
        admin.put(
            "api/v1/admin/sla/LOW",
            "{\"firstResponseMinutes\":0,\"resolutionMinutes\":10,\"businessHours\":true}");
    assertEquals(400, bad.status(), bad.body());
    Api.Response ok =
        admin.put(
            "api/v1/admin/sla/LOW",
            "{\"firstResponseMinutes\":1440,\"resolutionMinutes\":7200,\"businessHours\":true}");
    assertEquals(200, ok.status(), ok.body());
    assertTrue(ok.body().contains("\"priority\":\"LOW\""), ok.body());
  }

  private static List<String> numbers(Api.Response list) {
    assertEquals(200, list.status(), list.body());
    return list.jsonArray().stream().map(v -> v.asJsonObject().getString("number")).toList();
  }

  @Test
  void agentsPageAndNarrowTheListInTheDatabase() {
    String asker = anonymous().register("pag");
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long q = ask(as(asker), "Paging question " + i + " about a late parcel " + asker);
      mine.add(
          as(asker)
              .post("api/v1/questions/" + q + "/escalate", "{\"reason\":\"help\"}")
              .json()
              .getString("number"));
    }
    List<String> all = numbers(agent().get("api/v1/tickets?size=200"));
    assertTrue(all.containsAll(mine), all + " lacks " + mine);
    List<String> first = numbers(agent().get("api/v1/tickets?size=1&page=1"));
    List<String> second = numbers(agent().get("api/v1/tickets?size=1&page=2"));
    assertEquals(List.of(all.get(0)), first);
    assertEquals(List.of(all.get(1)), second, "page 2 is the next ticket, in the same order");

    agent().post("api/v1/tickets/" + mine.get(0) + "/assign", "{\"assignee\":\"agent\"}").status();
    List<String> assigned = numbers(agent().get("api/v1/tickets?assignee=AGENT&size=200"));
    assertTrue(assigned.contains(mine.get(0)), assigned.toString());
    assertFalse(assigned.contains(mine.get(1)), "an unassigned ticket is not the agent's");

    assertEquals(
        200,
        agent()
            .post("api/v1/tickets/" + mine.get(2) + "/status", "{\"status\":\"SOLVED\"}")
            .status());
    assertFalse(numbers(agent().get("api/v1/tickets?size=200")).contains(mine.get(2)));
    assertTrue(numbers(agent().get("api/v1/tickets?status=solved&size=200")).contains(mine.get(2)));

    assertEquals(400, agent().get("api/v1/tickets?size=0").status());
    assertEquals(400, agent().get("api/v1/tickets?size=201").status());
    assertEquals(400, agent().get("api/v1/tickets?page=0").status());
    assertEquals(400, agent().get("api/v1/tickets?status=LOST").status());
    assertEquals(400, agent().get("api/v1/tickets?queue=nowhere").status());
  }

  @Test
  void duplicatesOfOneRequesterMergeAndOthersDoNot() {
    String asker = anonymous().register("mrg");
    String other = anonymous().register("mro");
    String first =
        as(asker)
            .post(
                "api/v1/questions/"
                    + ask(as(asker), "First report of a broken zip " + asker)
                    + "/escalate",
                "{}")
            .json()
            .getString("number");
    String second =
        as(asker)
            .post(
                "api/v1/questions/"
                    + ask(as(asker), "Second report of the same zip " + asker)
                    + "/escalate",
                "{}")
            .json()
            .getString("number");
    String foreign =
        as(other)
            .post(
                "api/v1/questions/"
                    + ask(as(other), "Someone else's zip problem " + other)
                    + "/escalate",
                "{}")
            .json()
            .getString("number");
    assertEquals(
        409,
        agent()
            .post("api/v1/tickets/" + first + "/merge", "{\"into\":\"" + foreign + "\"}")
            .status());
    Api.Response merged =
        agent().post("api/v1/tickets/" + first + "/merge", "{\"into\":\"" + second + "\"}");
    assertEquals(200, merged.status(), merged.body());
    assertEquals(
        2, merged.json().getJsonArray("messages").size(), "the first ticket's message moved");
    JsonObject closed = agent().get("api/v1/tickets/" + first).json();
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals(second, closed.getString("mergedInto"));
    assertEquals(
        409,
        agent()
            .post("api/v1/tickets/" + second + "/merge", "{\"into\":\"" + first + "\"}")
            .status());
  }

  @Test
  void theNoAnswerRuleEscalatesAnUnansweredQuestionOnceAtTheChosenTime() {
    String asker = anonymous().register("rule");
    long q = ask(as(asker), "Nobody answers my question about gift wrapping " + asker);
    Api admin = anonymous().as("admin", DEMO);
    assertEquals(403, agent().post("api/v1/admin/escalation-rules/run", "").status());
    OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
    Api.Response early = admin.post("api/v1/admin/escalation-rules/run?at=" + soon, "");
    assertEquals(200, early.status(), early.body());
    assertTrue(
        !anonymous().get("api/v1/questions/" + q).json().containsKey("ticket"), "not yet: 24 h");
    OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(25);
    admin.post("api/v1/admin/escalation-rules/run?at=" + later, "");
    JsonObject t = anonymous().get("api/v1/questions/" + q).json().getJsonObject("ticket");
    assertNotNull(t, "escalated after 24 h without an answer");
    String number = t.getString("number");
    agent().post("api/v1/tickets/" + number + "/status", "{\"status\":\"SOLVED\"}");
    admin.post("api/v1/admin/escalation-rules/run?at=" + later.plusHours(1), "");
    assertEquals(
        number,
        anonymous().get("api/v1/questions/" + q).json().getJsonObject("ticket").getString("number"),
        "a rule escalates a thread once");
    assertEquals(400, admin.post("api/v1/admin/escalation-rules/run?at=yesterday", "").status());
  }
}
