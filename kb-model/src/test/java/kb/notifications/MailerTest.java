package kb.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notice mail against a real in-JVM SMTP server (GreenMail). */
class MailerTest {

  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void aNoticeArrivesAsPlainTextUtf8() throws Exception {
    Mailer.MailSettings settings =
        new Mailer.MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "kb@example.com");
    String subject = "[KB] " + Notices.sentence(NoticeKind.ANSWER, "maria", "Где мой возврат?");
    Mailer.send(
        settings, "alice@example.com", subject, "Open it: http://localhost:8080/questions/1");
    assertTrue(smtp.waitForIncomingEmail(5_000, 1));
    MimeMessage m = smtp.getReceivedMessages()[0];
    assertEquals("[KB] maria answered your question: Где мой возврат?", m.getSubject());
    assertEquals("alice@example.com", m.getAllRecipients()[0].toString());
    assertTrue(GreenMailUtil.getBody(m).contains("questions/1"));
  }
}
