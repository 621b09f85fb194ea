package kb.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import kb.shared.validation.Forbidden;
import kb.shared.validation.SignInRequired;

/**
 * Decides what an {@link Actor} may do, from the table in {@link Action} and the reputation
 * thresholds of {@link Privileges}. Every service checks here before it acts, so a view, an
 * endpoint or a job cannot forget; views show only what {@link #actions} lists.
 */
@ApplicationScoped
public class Access {

  @Inject Privileges privileges;

  public Access() {}

  Access(Privileges privileges) {
    this.privileges = privileges;
  }

  /** With the default thresholds, for tests and tools. */
  public static Access defaults() {
    return new Access(Privileges.defaults());
  }

  public boolean may(Actor actor, Action action) {
    if (actor == null || !actor.signedIn()) {
      return false;
    }
    for (Role role : action.roles()) {
      if (actor.is(role)) {
        return true;
      }
    }
    return action.privilege() != null && privileges.holds(actor, action.privilege());
  }

  /**
   * Returns quietly when {@code actor} may; otherwise throws {@link SignInRequired} for a visitor
   * and {@link Forbidden} (naming the reputation a privilege needs) for an account.
   */
  public void require(Actor actor, Action action) {
    if (actor == null || !actor.signedIn()) {
      throw new SignInRequired();
    }
    if (may(actor, action)) {
      return;
    }
    if (action.privilege() != null) {
      throw new Forbidden(
          action.refusal(), privileges.threshold(action.privilege()), actor.reputation());
    }
    throw new Forbidden(action.refusal());
  }

  /** Everything {@code actor} may do, for views that offer only what will work. */
  public Set<Action> actions(Actor actor) {
    Set<Action> held = EnumSet.noneOf(Action.class);
    for (Action a : Action.values()) {
      if (may(actor, a)) {
        held.add(a);
      }
    }
    return held;
  }
}
