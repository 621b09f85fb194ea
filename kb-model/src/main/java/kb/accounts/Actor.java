package kb.accounts;

import java.util.Set;

/**
 * Who is acting: an account with its roles and reputation, or {@link #NOBODY}, a signed-out
 * visitor. Services take an actor and ask {@code kb.accounts.Access} what it may do, whatever
 * called them; the web tier only passes it on.
 */
public interface Actor {

  /** A signed-out visitor: no account, no roles, no reputation. */
  Actor NOBODY = new Nobody();

  long id();

  String username();

  Set<Role> roles();

  int reputation();

  default boolean is(Role role) {
    return roles().contains(role);
  }

  default boolean signedIn() {
    return true;
  }

  /** The signed-out visitor. */
  record Nobody() implements Actor {
    @Override
    public long id() {
      return -1;
    }

    @Override
    public String username() {
      return null;
    }

    @Override
    public Set<Role> roles() {
      return Set.of();
    }

    @Override
    public int reputation() {
      return 0;
    }

    @Override
    public boolean signedIn() {
      return false;
    }
  }
}
