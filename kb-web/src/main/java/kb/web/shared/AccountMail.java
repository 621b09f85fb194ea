package kb.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import kb.accounts.AccountService;
import kb.accounts.EmailVerifications;
import kb.accounts.PasswordResets;
import kb.notifications.Mailer;
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
            issued ->
                send(
                    issued.email(),
                    issued.locale(),
                    "reset.mail",
                    issued.username(),
                    mailer.siteUrl() + "/password-reset.xhtml?token=" + issued.token(),
                    PasswordResets.VALID.toMinutes()));
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
            issued ->
                send(
                    issued.email(),
                    issued.locale(),
                    "verify.mail",
                    issued.username(),
                    mailer.siteUrl() + "/verify-email.xhtml?token=" + issued.token(),
                    EmailVerifications.VALID.toHours()));
  }

  /** Tells the owner their password changed, with the way back if it was not them. */
  public void passwordChanged(String username) {
    accounts
        .find(username)
        .ifPresent(
            a ->
                send(
                    a.email(),
                    a.locale(),
                    "password.mail",
                    a.username(),
                    mailer.siteUrl() + "/password-reset.xhtml"));
  }

  /** Mails {@code key}.subject and {@code key}.body in the account's language. */
  private void send(String to, String language, String key, Object... arguments) {
    Locale locale = Locale.forLanguageTag(language);
    mailer.sendLater(
        to, Messages.get(locale, key + ".subject"), Messages.get(locale, key + ".body", arguments));
  }

  public long secondsToWait(String address) {
    return budget.secondsToWait(address);
  }
}
