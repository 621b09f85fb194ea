package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kb.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The escalation journey in headless Chromium: the asker presses "I still need help", an agent
 * replies publicly and posts the reply to the thread, the thread shows the official answer, the
 * agent solves the ticket and the thread says so.
 */
class TicketsBrowserIT extends BrowserJourney {

  private void signInAs(String name, String password) {
    driver.manage().deleteAllCookies();
    LoginPage.open(driver, base.toString()).signIn(name, password);
  }

  @Test
  void askerEscalatesAgentAnswersThreadShowsItSolved() {
    String asker = new Api(base).register("tix");
    String title = "My order was charged but never confirmed " + asker;
    signInAs(asker, Api.MEMBER_PASSWORD);
    ThreadPage thread =
        AskPage.open(driver, base.toString())
            .typeTitle(title)
            .post(
                "The card was charged yesterday but I never got a confirmation email.",
                "orders payments");
    String path = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/questions/"));
    thread.escalate();
    String banner = driver.findElement(By.id("ticket-banner")).getText();
    assertTrue(banner.contains("KB-"), banner);
    String number = banner.substring(banner.indexOf("KB-")).split("[,\\s]")[0];

    signInAs("agent", "demo-password-1");
    TicketPage ticket = TicketPage.open(driver, base.toString(), number);
    assertEquals(number, ticket.number());
    ticket
        .replyToThread(
            "We found the order: the confirmation went to an old address. It is confirmed now.")
        .setStatus("SOLVED");
    assertEquals("Solved", ticket.status());

    thread = ThreadPage.open(driver, base.toString(), path);
    assertTrue(
        driver
            .findElement(By.cssSelector("section.post.official"))
            .getText()
            .contains("confirmation went to an old address"));
    assertTrue(driver.findElement(By.id("ticket-banner")).getText().contains(number));
    assertTrue(
        driver.findElement(By.id("ticket-banner")).getText().contains("Solved"),
        driver.findElement(By.id("ticket-banner")).getText());
  }
}
