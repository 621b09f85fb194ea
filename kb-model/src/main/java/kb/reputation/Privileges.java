package kb.reputation;

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

  /** Throws a 403-worthy refusal unless {@code member} holds {@code privilege}. */
  public void require(Member member, Privilege privilege) {
    if (!member.may(privilege, this)) {
      throw new Forbidden(
          "privilege.missing." + privilege.name(), threshold(privilege), member.reputation());
    }
  }

  /** Whether {@code member} moderates: the role, or the MODERATE privilege earned by reputation. */
  public boolean moderates(Member member) {
    return member != null && member.may(Privilege.MODERATE, this);
  }

  /** The privileges {@code member} holds, lowest threshold first. */
  public List<Privilege> held(Member member) {
    return java.util.Arrays.stream(Privilege.values()).filter(p -> member.may(p, this)).toList();
  }
}
