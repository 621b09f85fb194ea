package kb.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** One support ticket, as its requester or an agent sees it. */
public class TicketPage extends Page {

  public TicketPage(WebDriver driver, String base) {
    super(driver, base);
  }

  public static TicketPage open(WebDriver driver, String base, String number) {
    TicketPage page = new TicketPage(driver, base);
    driver.get(page.base + "account/ticket.xhtml?number=" + number);
    page.find(By.id("ticket-number"));
    return page;
  }

  public String number() {
    return find(By.id("ticket-number")).getText();
  }

  public String status() {
    return find(By.id("ticket-status")).getText();
  }

  /** A public reply, also posted to the thread as the official answer. */
  public TicketPage replyToThread(String text) {
    type("reply-text", text);
    find(By.id("to-thread")).click();
    clickAndWait(By.id("send"));
    return this;
  }

  public TicketPage setStatus(String status) {
    new Select(find(By.id("status"))).selectByValue(status);
    clickAndWait(By.id("set-status"));
    return this;
  }
}
