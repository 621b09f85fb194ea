package kb.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kb.accounts.EmailVerifications;
import kb.shared.validation.InvalidInput;

/** The page a confirmation link opens: confirms the address, or says the link is spent. */
@Named
@RequestScoped
public class VerifyEmailView {

  @Inject EmailVerifications verifications;

  private String token;
  private boolean confirmed;

  public void confirm() {
    try {
      verifications.confirm(token);
      confirmed = true;
    } catch (InvalidInput e) {
      confirmed = false;
    }
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
