package kb.accounts;

import java.time.OffsetDateTime;
import java.util.Set;

/** The result of checking a username and password. */
public sealed interface LoginOutcome {

  record Success(String username, Set<Role> roles) implements LoginOutcome {}

  record Invalid() implements LoginOutcome {}

  /** Too many failures in a row: sign-in is refused until {@code until}, right password or not. */
  record Locked(OffsetDateTime until) implements LoginOutcome {}
}
