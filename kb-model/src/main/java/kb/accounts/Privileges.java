package kb.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kb.shared.config.KbConfig;
import kb.shared.validation.Forbidden;

/**
 * The reputation each privilege needs (configurable: {@code KB_PRIVILEGE_VOTE_DOWN=125}) and the
 * check every community action makes on the server. A refusal names the privilege and the
 * reputation it needs, so the member knows what to earn.
 */
@ApplicationScoped
public class Privileges {

  private final Map<Privilege, Integer> thresholds = new EnumMap<>(Privilege.class);

  public Privileges() {
    this(KbConfig.current());
  }

  Privileges(KbConfig config) {
    for (Privilege p : Privilege.values()) {
      thresholds.put(
          p,
          config == null
              ? p.defaultThreshold()
              : config.integer(p.configKey(), p.defaultThreshold()));
    }
  }

  /** The defaults, without configuration: for tests and tools. */
  public static Privileges defaults() {
    return new Privileges(null);
  }

  public int threshold(Privilege privilege) {
    return thresholds.get(privilege);
  }

  /** Whether {@code actor} holds {@code privilege}: by reputation, or as a moderator or admin. */
  public boolean holds(Actor actor, Privilege privilege) {
    return actor != null
        && actor.signedIn()
        && (actor.is(Role.MODERATOR)
            || actor.is(Role.ADMIN)
            || actor.reputation() >= threshold(privilege));
  }

  /** Throws a 403-worthy refusal unless {@code actor} holds {@code privilege}. */
  public void require(Actor actor, Privilege privilege) {
    if (!holds(actor, privilege)) {
      throw new Forbidden(
          "privilege.missing." + privilege.name(), threshold(privilege), actor.reputation());
    }
  }

  /** Whether {@code actor} moderates: the role, or the MODERATE privilege earned by reputation. */
  public boolean moderates(Actor actor) {
    return holds(actor, Privilege.MODERATE);
  }

  /** The privileges {@code actor} holds, lowest threshold first. */
  public List<Privilege> held(Actor actor) {
    return java.util.Arrays.stream(Privilege.values()).filter(p -> holds(actor, p)).toList();
  }
}
