package kb.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

  private Account account() {
    return new Account("Alice", "Alice@Example.com", "hash", "en", T0);
  }

  @Test
  void uniquenessKeysIgnoreCase() {
    Account a = account();
    assertEquals("alice", Account.key(a.username()));
    assertTrue(a.hasRole(Role.MEMBER));
  }

  @Test
  void locksAfterFiveFailuresInARowForFiveMinutes() {
    Account a = account();
    for (int i = 0; i < Account.MAX_FAILURES - 1; i++) {
      a.recordFailedLogin(T0);
      assertFalse(a.isLocked(T0));
    }
    a.recordFailedLogin(T0);
    assertTrue(a.isLocked(T0.plusMinutes(4)));
    assertFalse(a.isLocked(T0.plus(Account.LOCK_DURATION)));
  }

  @Test
  void successResetsTheCount() {
    Account a = account();
    for (int i = 0; i < Account.MAX_FAILURES - 1; i++) {
      a.recordFailedLogin(T0);
    }
    a.recordSuccessfulLogin(T0);
    a.recordFailedLogin(T0);
    assertFalse(a.isLocked(T0));
    assertEquals(T0, a.lastLoginAt());
  }

  @Test
  void aFailureAfterTheLockExpiredStartsCountingAgain() {
    Account a = account();
    for (int i = 0; i < Account.MAX_FAILURES; i++) {
      a.recordFailedLogin(T0);
    }
    OffsetDateTime later = T0.plus(Account.LOCK_DURATION).plusSeconds(1);
    a.recordFailedLogin(later);
    assertFalse(a.isLocked(later));
  }

  @Test
  void memberRoleCannotBeRevoked() {
    Account a = account();
    a.grant(Role.EDITOR);
    a.revoke(Role.EDITOR);
    assertFalse(a.hasRole(Role.EDITOR));
    assertThrows(IllegalArgumentException.class, () -> a.revoke(Role.MEMBER));
  }
}
