package kb.accounts;

import java.time.OffsetDateTime;
import java.util.Set;

/** The result of checking a username and password. */
public sealed interface LoginOutcome {

  /** Signed in; the epoch is what open sessions are checked against, the token trusts a browser. */
  record Success(String username, Set<Role> roles, long sessionEpoch, String deviceToken)
      implements LoginOutcome {}

  /** Unknown username or wrong password: the two are never told apart. */
  record Invalid() implements LoginOutcome {}

  /**
   * Guessing has made this account wait until {@code until} for browsers and addresses it does not
   * trust. Shown to people exactly as {@link Invalid} is, so it does not reveal the account.
   */
  record Throttled(OffsetDateTime until) implements LoginOutcome {}

  /**
   * The right password, but it is the demo accounts' published one and the request did not come
   * from this machine: demo passwords never work on a site others can reach.
   */
  record DemoElsewhere() implements LoginOutcome {}
}
