package kb.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import kb.shared.TestData;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"alice", "bob_2", "Maria.K", "x-y-z", "a12"})
  void acceptsOrdinaryUsernames(String name) {
    assertEquals(name, AccountRules.username("  " + name + " "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "_alice",
        "has space",
        "ünïcode",
        "a/b",
        "<script>",
        "1234567890123456789012345678901"
      })
  void rejectsOtherUsernames(String name) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> AccountRules.username(name));
    assertEquals("username", e.field());
    assertEquals("account.username.invalid", e.messageKey());
  }

  @Test
  void emptyUsernameIsRequiredNotInvalid() {
    assertEquals(
        "account.username.required",
        assertThrows(InvalidInput.class, () -> AccountRules.username(" \u0000 ")).messageKey());
  }

  @Test
  void emailNeedsAtAndDottedDomain() {
    assertEquals("a.b+shop@example.co.uk", AccountRules.email("a.b+shop@example.co.uk"));
    for (String bad : List.of("plain", "a@b", "a@@b.com", "a b@c.com", "@c.com")) {
      assertThrows(InvalidInput.class, () -> AccountRules.email(bad), bad);
    }
  }

  @Test
  void passwordLengthCountsCharactersNotBytes() {
    assertEquals("пароль-длинный", AccountRules.password("пароль-длинный"));
    InvalidInput shortOne = assertThrows(InvalidInput.class, () -> AccountRules.password("short"));
    assertEquals(List.of(AccountRules.PASSWORD_MIN), shortOne.arguments());
    assertThrows(InvalidInput.class, () -> AccountRules.password("x".repeat(201)));
  }

  @Test
  void commonAndPersonalPasswordsAreRefusedWhateverTheirLength() {
    for (String common : List.of("password1234", "qwertyuiop123", "Password123!", "123456789012")) {
      InvalidInput e =
          assertThrows(InvalidInput.class, () -> AccountRules.password(common), common);
      assertEquals("account.password.guessable", e.messageKey());
    }
    assertThrows(
        InvalidInput.class,
        () -> AccountRules.password("maria.gonzalez", "mgonzalez", "maria.gonzalez@example.com"),
        "the account's own name");
    assertEquals(
        "correct horse battery staple",
        AccountRules.password("correct horse battery staple", "alice", "alice@example.com"));
  }

  @Test
  void localeFallsBackToEnglishAndRejectsUnknown() {
    assertEquals("en", AccountRules.locale(null));
    assertEquals("uk", AccountRules.locale("uk-UA"));
    assertThrows(InvalidInput.class, () -> AccountRules.locale("de"));
  }

  @Test
  void naughtyStringsEitherPassOrFailWithAFieldMessage() throws Exception {
    List<String> strings = TestData.naughtyStrings();
    assumeFalse(strings.isEmpty(), "shared/data/blns.json not present");
    int rejected = 0;
    for (String s : strings) {
      for (var rule :
          List.<java.util.function.UnaryOperator<String>>of(
              AccountRules::username,
              AccountRules::email,
              AccountRules::displayName,
              AccountRules::password)) {
        try {
          rule.apply(s);
        } catch (InvalidInput e) {
          assertTrue(e.messageKey().startsWith("account."), e.messageKey());
          rejected++;
        }
      }
    }
    assertTrue(
        rejected > strings.size(), "most naughty strings are not valid usernames or e-mails");
  }
}
