package kb.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void theIterationCountIsReadFromAStoredHashSoOldOnesAreUpgraded() {
    assertEquals(
        210_000, AccountService.iterations("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="));
    assertEquals(0, AccountService.iterations("not-a-hash"));
    assertEquals(0, AccountService.iterations("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA=="));
  }
}
