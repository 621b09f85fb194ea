package kb.accounts;

import java.time.OffsetDateTime;
import java.util.Set;

/** A read-only snapshot of an account for pages and the API; never carries the password hash. */
public record AccountView(
    String username,
    String email,
    String displayName,
    String locale,
    Set<Role> roles,
    OffsetDateTime createdAt,
    OffsetDateTime lastLoginAt,
    long version,
    boolean emailVerified) {

  static AccountView of(Account a) {
    return new AccountView(
        a.username(),
        a.email(),
        a.displayName(),
        a.locale(),
        Set.copyOf(a.roles()),
        a.createdAt(),
        a.lastLoginAt(),
        a.version(),
        a.emailVerified());
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
