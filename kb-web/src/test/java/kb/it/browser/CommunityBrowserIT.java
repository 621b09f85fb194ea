package kb.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kb.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The community journey in headless Chromium: a member starts a question and sees suggestions,
 * another member answers, the answer is voted up and accepted, and both members' reputation and
 * badges show it on their profiles.
 */
class CommunityBrowserIT extends BrowserJourney {

  static final String PASSWORD = Api.MEMBER_PASSWORD;

  private String register(String prefix) {
    return new Api(base).register(prefix);
  }

  private void signInAs(String name, String password) {
    driver.manage().deleteAllCookies();
    LoginPage.open(driver, base.toString()).signIn(name, password);
  }

  @Test
  void askAnswerVoteAcceptAndSeeReputation() {
    String asker = register("asker");
    String helper = register("helper");
    String title = "My refund has not arrived after the return " + asker;

    signInAs(asker, PASSWORD);
    AskPage ask =
        AskPage.open(driver, base.toString()).typeTitle("refund not arrived after return");
    List<String> suggestions = ask.suggestions();
    assertFalse(suggestions.isEmpty());
    assertTrue(
        suggestions.stream().anyMatch(s -> s.toLowerCase().contains("refund")),
        suggestions.toString());
    ThreadPage thread =
        ask.typeTitle(title)
            .post(
                "I returned a jacket two weeks ago and the refund is still not on my card.",
                "refunds returns");
    assertEquals(title, thread.title());
    String url = driver.getCurrentUrl();

    signInAs(helper, PASSWORD);
    thread = ThreadPage.open(driver, base.toString(), url.substring(url.indexOf("/questions/")));
    thread.answer(
        "Card refunds take 3 to 5 working days after the warehouse processes the return.");
    String answer = thread.firstAnswerId();
    assertEquals(1, thread.answers().size());

    signInAs("maria", "demo-password-1");
    thread = ThreadPage.open(driver, base.toString(), url.substring(url.indexOf("/questions/")));
    thread.voteUp(answer);
    assertEquals("1", thread.score(answer), thread.error());

    signInAs(asker, PASSWORD);
    thread = ThreadPage.open(driver, base.toString(), url.substring(url.indexOf("/questions/")));
    thread.accept(answer);
    assertTrue(thread.accepted(answer), thread.error());

    driver.get(base + "users/" + helper);
    assertEquals("25", driver.findElement(By.id("user-reputation")).getText());
    String badges = driver.findElement(By.id("badge-list")).getText();
    assertTrue(badges.contains("Solver") && badges.contains("Teacher"), badges);

    driver.get(base + "users/" + asker);
    assertEquals("2", driver.findElement(By.id("user-reputation")).getText());
    assertTrue(driver.findElement(By.id("badge-list")).getText().contains("Scholar"));
  }

  @Test
  void aModeratorClosesAThreadAsADuplicateOfWhatTheCloseFormSuggests() {
    String asker = register("dup");
    signInAs(asker, PASSWORD);
    AskPage.open(driver, base.toString())
        .typeTitle("When will my money come back after I returned a coat " + asker)
        .post("I sent the coat back last week and the money is not on my card yet.", "refunds");
    String url = driver.getCurrentUrl();
    String path = url.substring(url.indexOf("/questions/"));

    signInAs("admin", "demo-password-1");
    ThreadPage thread = ThreadPage.open(driver, base.toString(), path);
    List<WebElement> candidates = thread.duplicateCandidates();
    assertFalse(candidates.isEmpty(), "the close form suggests possible duplicates");
    String target = candidates.get(0).getAttribute("data-fill");
    assertFalse(path.equals(target), "never the thread itself");
    candidates.get(0).click();
    assertEquals(target, thread.duplicateOf());
    thread.close();
    assertTrue(thread.duplicateLink().endsWith(target), thread.duplicateLink());
  }
}
