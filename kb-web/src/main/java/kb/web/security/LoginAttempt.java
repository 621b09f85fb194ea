package kb.web.security;

import jakarta.enterprise.context.RequestScoped;
import kb.accounts.LoginOutcome;

/**
 * Remembers, for the length of one request, why a sign-in failed, so that the login page and the
 * API can tell "wrong password" from "locked for a few minutes".
 */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;

  void record(LoginOutcome outcome) {
    this.outcome = outcome;
  }

  public LoginOutcome outcome() {
    return outcome;
  }
}
