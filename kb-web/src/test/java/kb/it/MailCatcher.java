package kb.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;

/**
 * The SMTP server the site mails to during the tests ({@code kb.mail.port=3025} in the failsafe
 * configuration): a real in-JVM server, GreenMail. One per test class, started before its tests.
 */
public final class MailCatcher implements AutoCloseable {

  private final GreenMail smtp;

  private MailCatcher() {
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  public static MailCatcher start() {
    return new MailCatcher();
  }

  /** The body of the first mail to {@code to} whose subject contains {@code text}, within 10 s. */
  public Optional<String> await(String to, String text) {
    long until = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < until) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        try {
          if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(text)) {
            return Optional.of(GreenMailUtil.getBody(m));
          }
        } catch (MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether any mail went to an address starting with {@code prefix}. */
  public boolean anyTo(String prefix) throws MessagingException {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
