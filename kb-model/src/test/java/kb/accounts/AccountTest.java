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
  void fromTheFifthFailureInARowEachAttemptWaitsTwiceAsLongUpToFifteenMinutes() {
    Account a = account();
    for (int i = 0; i < Account.FREE_FAILURES - 1; i++) {
      a.recordFailedLogin(T0);
      assertFalse(a.isThrottled(T0));
    }
    a.recordFailedLogin(T0);
    assertTrue(a.isThrottled(T0.plusSeconds(4)));
    assertFalse(a.isThrottled(T0.plusSeconds(5)));
    a.recordFailedLogin(T0);
    assertTrue(a.isThrottled(T0.plusSeconds(9)));
    assertFalse(a.isThrottled(T0.plusSeconds(10)));
    for (int i = 0; i < 30; i++) {
      a.recordFailedLogin(T0);
    }
    assertTrue(a.isThrottled(T0.plus(Account.MAX_DELAY).minusSeconds(1)));
    assertFalse(a.isThrottled(T0.plus(Account.MAX_DELAY)));
  }

  @Test
  void successResetsTheCountAndTrustsTheBrowserAndTheAddress() {
    Account a = account();
    assertFalse(a.trusts(null, "digest-1"));
    for (int i = 0; i < Account.FREE_FAILURES - 1; i++) {
      a.recordFailedLogin(T0);
    }
    a.recordSuccessfulLogin(T0, "digest-1");
    a.recordFailedLogin(T0);
    assertFalse(a.isThrottled(T0));
    assertEquals(T0, a.lastLoginAt());
    assertTrue(a.trusts(null, "digest-1"));
    assertTrue(a.trusts(a.deviceToken(), "digest-2"));
    assertFalse(a.trusts("someone-else's-token", "digest-2"));
  }

  @Test
  void aNewPasswordForgetsTrustAndEndsSessionsButARehashDoesNot() {
    Account a = account();
    a.recordSuccessfulLogin(T0, "digest-1");
    String token = a.deviceToken();
    long epoch = a.sessionEpoch();
    a.rehash("stronger-hash");
    assertEquals(epoch, a.sessionEpoch());
    a.changePassword("new-hash");
    assertEquals(epoch + 1, a.sessionEpoch());
    assertFalse(a.trusts(token, "digest-1"));
  }

  @Test
  void grantingOrRevokingARoleEndsSessionsButGrantingOneHeldDoesNot() {
    Account a = account();
    long epoch = a.sessionEpoch();
    a.grant(Role.MEMBER);
    assertEquals(epoch, a.sessionEpoch());
    a.grant(Role.EDITOR);
    a.revoke(Role.EDITOR);
    assertEquals(epoch + 2, a.sessionEpoch());
    a.signOutEverywhere();
    assertEquals(epoch + 3, a.sessionEpoch());
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
