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
import kb.web.FormErrors;
import kb.web.i18n.LocaleResolver;
import kb.web.security.LoginAttempt;

/** The sign-in form; on success it returns the visitor to the page that asked them to sign in. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;
  @Inject LoginAttempt attempt;
  @Inject AccountService accounts;

  private String username;
  private String password;
  private String next;
  private final FormErrors errors = new FormErrors();

  public void login() throws IOException {
    errors.clear();
    if (username == null || username.isBlank()) {
      errors.add("username", "account.username.required");
    }
    if (password == null || password.isEmpty()) {
      errors.add("password", "account.password.required");
    }
    if (!errors.isEmpty()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      accounts
          .find(request.getRemoteUser())
          .ifPresent(
              a -> request.getSession().setAttribute(LocaleResolver.PROFILE_LOCALE, a.locale()));
      external.redirect(request.getContextPath() + safeNext());
      return;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return;
    }
    password = null;
    if (attempt.addressWaitSeconds() > 0) {
      errors.add("form", attempt.messageKey(), attempt.addressWaitSeconds());
    } else {
      errors.add("form", attempt.messageKey());
    }
  }

  /** Only paths on this site, so that the login page cannot be used to redirect elsewhere. */
  String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    if (next.startsWith("/login.xhtml") || next.startsWith("/register.xhtml")) {
      return "/";
    }
    return next;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
