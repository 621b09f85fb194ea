package kb.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kb.accounts.PasswordResets;
import kb.shared.validation.InvalidInput;
import kb.web.FormErrors;
import kb.web.shared.AccountMail;
import kb.web.shared.ClientAddress;

/**
 * "Forgot your password?": without a token the visitor asks for a link by email; with the link's
 * token they choose a new password, which ends every open session of the account.
 */
@Named
@RequestScoped
public class PasswordResetView {

  @Inject AccountMail mail;
  @Inject PasswordResets resets;

  private String email;
  private String token;
  private String password;
  private String passwordRepeat;
  private boolean sent;
  private Boolean tokenValid;
  private final FormErrors errors = new FormErrors();

  public void ask() {
    errors.clear();
    if (email == null || email.isBlank()) {
      errors.add("email", "account.email.required");
      return;
    }
    HttpServletRequest request = request();
    try {
      switch (mail.request(email, ClientAddress.of(request), ClientAddress.local(request))) {
        case SENT_IF_KNOWN -> sent = true;
        case MAIL_OFF -> errors.add("form", "reset.mailOff");
        case TOO_MANY -> errors.add("form", "reset.tooMany");
      }
    } catch (InvalidInput e) {
      errors.add(e);
    }
  }

  public void reset() throws IOException {
    errors.clear();
    if (password == null || !password.equals(passwordRepeat)) {
      errors.add("passwordRepeat", "account.password.mismatch");
      password = null;
      passwordRepeat = null;
      return;
    }
    try {
      mail.passwordChanged(resets.reset(token, password, ClientAddress.of(request())));
    } catch (InvalidInput e) {
      errors.add(e);
      password = null;
      passwordRepeat = null;
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(request().getContextPath() + "/login.xhtml?ended=reset");
  }

  /** Whether the page has a link's token that can still be used. */
  public boolean isTokenValid() {
    if (tokenValid == null) {
      tokenValid = resets.valid(token);
    }
    return tokenValid;
  }

  public boolean isWithToken() {
    return token != null && !token.isBlank();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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

  public boolean isSent() {
    return sent;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
