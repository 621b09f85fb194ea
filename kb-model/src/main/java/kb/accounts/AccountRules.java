package kb.accounts;

import java.util.regex.Pattern;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.Text;

/**
 * The rules a username, e-mail address, display name and password must meet. Each check cleans its
 * input and either returns it or throws {@link InvalidInput} naming the field, so that forms and
 * the REST API report the same message.
 */
public final class AccountRules {

  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,29}");
  // Deliberately simple: one @, a dot in the domain, no spaces. Real proof is a confirmation mail.
  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 200;

  /** zxcvbn's score a new password needs: 2 means about 10^8 guesses or more. */
  public static final int PASSWORD_MIN_SCORE = 2;

  private static final com.nulabinc.zxcvbn.Zxcvbn GUESSING = new com.nulabinc.zxcvbn.Zxcvbn();

  private AccountRules() {}

  public static String username(String raw) {
    String value = Text.clean(raw);
    if (value.isEmpty()) {
      throw new InvalidInput("username", "account.username.required");
    }
    if (!USERNAME.matcher(value).matches()) {
      throw new InvalidInput("username", "account.username.invalid");
    }
    return value;
  }

  public static String email(String raw) {
    String value = Text.clean(raw);
    if (value.isEmpty()) {
      throw new InvalidInput("email", "account.email.required");
    }
    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
      throw new InvalidInput("email", "account.email.invalid");
    }
    return value;
  }

  public static String displayName(String raw) {
    String value = Text.clean(raw).replaceAll("\\s+", " ");
    if (value.isEmpty()) {
      throw new InvalidInput("displayName", "account.displayName.required");
    }
    if (value.codePointCount(0, value.length()) > 60) {
      throw new InvalidInput("displayName", "account.displayName.tooLong", 60);
    }
    return value;
  }

  /**
   * Passwords are not cleaned (every character counts) but must be of a sensible length and not
   * easy to guess: zxcvbn's estimate against its lists of common passwords, words, names and
   * keyboard patterns, and against the account's own {@code context} (username, email), must reach
   * {@link #PASSWORD_MIN_SCORE}.
   */
  public static String password(String raw, String... context) {
    String password = length(raw);
    java.util.List<String> inputs = new java.util.ArrayList<>();
    for (String c : context) {
      if (c != null && !c.isBlank()) {
        inputs.add(c);
        inputs.add(c.substring(0, Math.max(0, c.indexOf('@')))); // an email's name part
        inputs.addAll(java.util.Arrays.asList(c.split("[^\\p{L}\\p{N}]+")));
      }
    }
    if (GUESSING.measure(password, inputs).getScore() < PASSWORD_MIN_SCORE) {
      throw new InvalidInput("password", "account.password.guessable");
    }
    return password;
  }

  private static String length(String raw) {
    if (raw == null || raw.isEmpty()) {
      throw new InvalidInput("password", "account.password.required");
    }
    int length = raw.codePointCount(0, raw.length());
    if (length < PASSWORD_MIN) {
      throw new InvalidInput("password", "account.password.tooShort", PASSWORD_MIN);
    }
    if (length > PASSWORD_MAX) {
      throw new InvalidInput("password", "account.password.tooLong", PASSWORD_MAX);
    }
    return raw;
  }

  public static String locale(String raw) {
    String value = Text.clean(raw);
    if (value.isEmpty()) {
      return Locales.DEFAULT;
    }
    return Locales.match(value)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }
}
