package kb.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import kb.accounts.AccountService;
import kb.accounts.AccountView;
import kb.shared.validation.Conflict;
import kb.shared.validation.InvalidInput;
import kb.web.FormErrors;
import kb.web.i18n.LocaleResolver;

/**
 * The member's own profile: display name, e-mail, preferred language and password. A save made
 * against a profile changed elsewhere meanwhile is refused, keeping what the member typed.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient kb.web.shared.AccountMail mail;
  @Inject transient SecurityContext security;

  private AccountView account;
  private String displayName;
  private String email;
  private String locale;
  private long version;
  private String currentPassword;
  private String newPassword;
  private boolean saved;
  private boolean confirmationSent;
  private final FormErrors errors = new FormErrors();

  @PostConstruct
  void init() {
    load();
    displayName = account.displayName();
    email = account.email();
    locale = account.locale();
    version = account.version();
  }

  private void load() {
    account = accounts.find(security.getCallerPrincipal().getName()).orElseThrow();
  }

  /** Mails a new link to confirm the account's address. */
  public void resendConfirmation() {
    mail.confirmEmail(account.username());
    confirmationSent = true;
  }

  public boolean isConfirmationSent() {
    return confirmationSent;
  }

  public void save() throws IOException {
    errors.clear();
    saved = false;
    try {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      account =
          accounts.updateProfile(
              account.username(),
              displayName,
              email,
              locale,
              version,
              mail.confirmationNeeded(request));
      version = account.version();
      saved = true;
      if (!account.emailVerified()) {
        mail.confirmEmail(account.username());
      }
      request.getSession().setAttribute(LocaleResolver.PROFILE_LOCALE, account.locale());
      // The page's language may have changed: reload it in the new language.
      external.redirect(request.getContextPath() + "/account/profile.xhtml?saved=true");
    } catch (InvalidInput e) {
      errors.add(e);
    } catch (Conflict e) {
      errors.add("form", e.messageKey());
      version = accounts.find(account.username()).orElseThrow().version();
    }
  }

  /**
   * Sets a new password. Every session of the account ends, this one too: the member signs in again
   * with the new password, which also proves they know it.
   */
  public void changePassword() throws IOException, ServletException {
    errors.clear();
    try {
      accounts.changePassword(account.username(), currentPassword, newPassword);
      mail.passwordChanged(account.username());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      request.logout();
      external.invalidateSession();
      external.redirect(request.getContextPath() + "/login.xhtml?ended=password");
    } catch (InvalidInput e) {
      errors.add(e);
    }
    currentPassword = null;
    newPassword = null;
  }

  public AccountView getAccount() {
    return account;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public boolean isSaved() {
    return saved;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
