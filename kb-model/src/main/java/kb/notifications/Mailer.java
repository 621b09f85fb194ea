package kb.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.shared.config.KbConfig;

/**
 * Sends notices by email through Jakarta Mail when {@code KB_MAIL_ENABLED=true} (SMTP host, port
 * and sender from {@code KB_MAIL_HOST}, {@code KB_MAIL_PORT}, {@code KB_MAIL_FROM}). Off by
 * default: a demo site must not mail made-up addresses. Sending happens on a managed thread, so a
 * slow mail server never holds up the member's request, and a failure is logged, never thrown.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Resource ManagedExecutorService executor;

  private final KbConfig config = KbConfig.current();

  /** The site's public address for links in mail ({@code KB_SITE_URL}). */
  public String siteUrl() {
    return config.value("kb.site.url").orElse("http://localhost:8080");
  }

  public boolean enabled() {
    return config.flag("kb.mail.enabled", false);
  }

  void send(long recipientId, NoticeKind kind, String actor, String subject, String url) {
    if (!enabled()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Object> emails =
        em.createNativeQuery("SELECT email FROM account WHERE id = ?1")
            .setParameter(1, recipientId)
            .getResultList();
    if (emails.isEmpty()) {
      return;
    }
    String to = String.valueOf(emails.get(0));
    String base = siteUrl();
    String body =
        Notices.sentence(kind, actor, subject)
            + "\n\n"
            + base
            + url
            + "\n\n-- \nYou receive this because you take part in the community.";
    executor.submit(() -> deliver(to, "[KB] " + Notices.sentence(kind, actor, subject), body));
  }

  /**
   * Sends a message on a managed thread when mail is on; false when it is off (the caller tells the
   * user another way).
   */
  public boolean sendLater(String to, String subject, String body) {
    if (!enabled()) {
      return false;
    }
    executor.submit(() -> deliver(to, subject, body));
    return true;
  }

  void deliver(String to, String subject, String body) {
    MailSettings settings =
        new MailSettings(
            config.value("kb.mail.host").orElse("localhost"),
            config.integer("kb.mail.port", 25),
            config.value("kb.mail.from").orElse("kb@localhost"));
    try {
      send(settings, to, subject, body);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "notice mail to " + to + " not sent: " + e.getMessage());
    }
  }

  /** Where mail goes: the SMTP server and the sender address. */
  public record MailSettings(String host, int port, String from) {}

  /** Sends one plain-text UTF-8 message over SMTP. */
  public static void send(MailSettings settings, String to, String subject, String body)
      throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    MimeMessage message = new MimeMessage(Session.getInstance(props));
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject.length() > 150 ? subject.substring(0, 150) : subject, "UTF-8");
    message.setText(body, "UTF-8");
    Transport.send(message);
  }
}
