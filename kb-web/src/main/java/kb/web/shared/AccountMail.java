package kb.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import kb.accounts.AccountService;
import kb.accounts.EmailVerifications;
import kb.accounts.PasswordResets;
import kb.notifications.Mailer;
import kb.shared.config.KbConfig;
import kb.web.i18n.Messages;

/**
 * Mail about an account's security, for the pages and the API alike: the password-reset link, and
 * the notice that a password changed (ASVS 2.2.3: the owner learns of a change they did not make).
 * Asking for a reset link: The link is built from {@code KB_SITE_URL}, never from the request's
 * {@code Host} (a forged host would send the secret to an attacker's site). Each client address may
 * ask {@link #PER_TEN_MINUTES} times in ten minutes; requests from this machine are not counted.
 */
@ApplicationScoped
public class AccountMail {

  static final int PER_TEN_MINUTES = 5;

  /** What happened, for the caller to answer: the same for a known and an unknown address. */
  public enum Result {
    SENT_IF_KNOWN,
    TOO_MANY,
    MAIL_OFF
  }

  @Inject PasswordResets resets;
  @Inject Mailer mailer;
  @Inject AccountService accounts;
  @Inject EmailVerifications verifications;

  private final AddressBuckets budget = new AddressBuckets(PER_TEN_MINUTES, Duration.ofMinutes(10));

  public Result request(String email, String address, boolean local) {
    if (!mailer.enabled()) {
      return Result.MAIL_OFF;
    }
    if (!local && !budget.tryTake(address)) {
      return Result.TOO_MANY;
    }
    resets
        .request(email, address)
        .ifPresent(
            issued -> {
              Locale locale = Locale.forLanguageTag(issued.locale());
              String link = siteUrl() + "/password-reset.xhtml?token=" + issued.token();
              mailer.sendLater(
                  issued.email(),
                  Messages.get(locale, "reset.mail.subject"),
                  Messages.get(
                      locale,
                      "reset.mail.body",
                      issued.username(),
                      link,
                      PasswordResets.VALID.toMinutes()));
            });
    return Result.SENT_IF_KNOWN;
  }

  /**
   * Whether a new or changed address must be confirmed before posting: when mail is on and the
   * request does not come from this machine itself (demo scripts and tests register from there).
   */
  public boolean confirmationNeeded(jakarta.servlet.http.HttpServletRequest request) {
    return mailer.enabled() && !ClientAddress.local(request);
  }

  /** Mails the account a link to confirm its address, unless it is confirmed already. */
  public void confirmEmail(String username) {
    verifications
        .issue(username)
        .ifPresent(
            issued -> {
              Locale locale = Locale.forLanguageTag(issued.locale());
              mailer.sendLater(
                  issued.email(),
                  Messages.get(locale, "verify.mail.subject"),
                  Messages.get(
                      locale,
                      "verify.mail.body",
                      issued.username(),
                      siteUrl() + "/verify-email.xhtml?token=" + issued.token(),
                      EmailVerifications.VALID.toHours()));
            });
  }

  /** Tells the owner their password changed, with the way back if it was not them. */
  public void passwordChanged(String username) {
    accounts
        .find(username)
        .ifPresent(
            a -> {
              Locale locale = Locale.forLanguageTag(a.locale());
              mailer.sendLater(
                  a.email(),
                  Messages.get(locale, "password.mail.subject"),
                  Messages.get(
                      locale,
                      "password.mail.body",
                      a.username(),
                      siteUrl() + "/password-reset.xhtml"));
            });
  }

  private static String siteUrl() {
    return KbConfig.current().value("kb.site.url").orElse("http://localhost:8080");
  }

  public long secondsToWait(String address) {
    return budget.secondsToWait(address);
  }
}
