package kb.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kb.accounts.AccountService;
import kb.accounts.AccountView;
import kb.accounts.Registration;
import kb.shared.validation.InvalidInput;
import kb.web.FormErrors;
import kb.web.i18n.LocaleResolver;
import kb.web.i18n.UserLocale;

/** The registration form: validates, opens the account and signs the new member in. */
@Named
@RequestScoped
public class RegisterView {

  @Inject AccountService accounts;
  @Inject SecurityContext security;
  @Inject UserLocale userLocale;
  @Inject kb.web.shared.AccountMail mail;

  private String username;
  private String email;
  private String password;
  private String passwordRepeat;
  private String locale;
  private final FormErrors errors = new FormErrors();

  public void register() throws IOException {
    errors.clear();
    if (password != null && !password.equals(passwordRepeat)) {
      errors.add("passwordRepeat", "account.password.mismatch");
      clearPasswords();
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    boolean confirm = mail.confirmationNeeded(request);
    AccountView created;
    try {
      created =
          accounts.register(
              new Registration(
                  username, email, password, locale == null ? userLocale.getLanguage() : locale),
              confirm);
    } catch (InvalidInput e) {
      errors.add(e);
      clearPasswords();
      return;
    }
    if (confirm) {
      mail.confirmEmail(created.username());
    }
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(created.username(), new Password(password)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.getSession().setAttribute(LocaleResolver.PROFILE_LOCALE, created.locale());
      external.redirect(request.getContextPath() + "/account/profile.xhtml?welcome=true");
    } else {
      external.redirect(request.getContextPath() + "/login.xhtml");
    }
  }

  private void clearPasswords() {
    password = null;
    passwordRepeat = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordRepeat() {
    return passwordRepeat;
  }

  public void setPasswordRepeat(String passwordRepeat) {
    this.passwordRepeat = passwordRepeat;
  }

  public String getLocale() {
    return locale == null ? userLocale.getLanguage() : locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
