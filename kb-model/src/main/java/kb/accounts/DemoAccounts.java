package kb.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo accounts of DESIGN §4: one per role plus two members, all with one password, so that
 * scripts, tests and a first-time visitor can rely on them. Only seeded in demo mode.
 */
@ApplicationScoped
public class DemoAccounts {

  public static final String PASSWORD = "demo-password-1";

  public static final Map<String, Role> ACCOUNTS = accounts();

  @Inject AccountService accounts;

  /** Creates the missing demo accounts and returns how many were created. */
  public int seed() {
    return accounts.ensureAccounts(ACCOUNTS, PASSWORD);
  }

  private static Map<String, Role> accounts() {
    Map<String, Role> map = new LinkedHashMap<>();
    map.put("admin", Role.ADMIN);
    map.put("editor", Role.EDITOR);
    map.put("agent", Role.AGENT);
    map.put("moderator", Role.MODERATOR);
    map.put("alice", Role.MEMBER);
    map.put("bob", Role.MEMBER);
    // the demo community's other voices (content/community/questions.json)
    for (String member : new String[] {"maria", "olga", "dmytro", "ayse", "linh", "tom", "nina"}) {
      map.put(member, Role.MEMBER);
    }
    return Map.copyOf(map);
  }
}
