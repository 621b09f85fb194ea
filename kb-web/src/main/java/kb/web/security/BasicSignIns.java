package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import kb.accounts.LoginOutcome;
import kb.accounts.SignInClient;
import kb.accounts.Tokens;

/**
 * Scripts send HTTP Basic with every call, and each check costs a 600,000-iteration PBKDF2 hash
 * (about a quarter of a second of one core here). A successful check is remembered for {@link #TTL}
 * under a digest of the credentials salted per process, and used again only while the account's
 * session epoch is unchanged, so a new password or a revoked role takes effect on the next call.
 * Failures are never remembered.
 */
@ApplicationScoped
public class BasicSignIns {

  static final Duration TTL = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private final String salt = Tokens.random();

  private final Map<String, Remembered> remembered =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  private record Remembered(LoginOutcome.Success success, long at) {}

  /** Per client too: a success remembered for one address must not skip another's delay. */
  static String key(String salt, String username, String password, SignInClient client) {
    return Tokens.digest(
        salt + '\0' + username + '\0' + password + '\0' + client.address() + '\0' + client.local());
  }

  /** The earlier success for these credentials, if recent; the caller checks its epoch. */
  synchronized LoginOutcome.Success recall(String username, String password, SignInClient client) {
    String key = key(salt, username, password, client);
    Remembered entry = remembered.get(key);
    if (entry == null) {
      return null;
    }
    if (System.nanoTime() - entry.at() > TTL.toNanos()) {
      remembered.remove(key);
      return null;
    }
    return entry.success();
  }

  synchronized void remember(
      String username, String password, SignInClient client, LoginOutcome.Success success) {
    remembered.put(
        key(salt, username, password, client), new Remembered(success, System.nanoTime()));
  }

  synchronized void forget(String username, String password, SignInClient client) {
    remembered.remove(key(salt, username, password, client));
  }
}
