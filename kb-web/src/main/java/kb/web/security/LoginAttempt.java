package kb.web.security;

import jakarta.enterprise.context.RequestScoped;
import kb.accounts.LoginOutcome;

/**
 * Remembers, for the length of one request, how a sign-in went, so that the login page and the API
 * can tell "wrong username or password" from "too many attempts from your network" and "the server
 * is busy" (and from nothing else: a throttled account reads as a wrong password).
 */
@RequestScoped
public class LoginAttempt {

  private LoginOutcome outcome;
  private long addressWaitSeconds;
  private boolean busy;

  void record(LoginOutcome outcome) {
    this.outcome = outcome;
  }

  void addressMustWait(long seconds) {
    this.addressWaitSeconds = seconds;
  }

  void busy() {
    this.busy = true;
  }

  public LoginOutcome outcome() {
    return outcome;
  }

  /** Seconds this client's address must wait before it may try again; 0 when it was not refused. */
  public long addressWaitSeconds() {
    return addressWaitSeconds;
  }

  public boolean wasBusy() {
    return busy;
  }

  /** The message key people are shown for a sign-in that did not succeed. */
  public String messageKey() {
    if (busy) {
      return "login.busy";
    }
    if (addressWaitSeconds > 0) {
      return "login.throttled";
    }
    if (outcome instanceof LoginOutcome.DemoElsewhere) {
      return "login.demoElsewhere";
    }
    return "login.failed";
  }
}
