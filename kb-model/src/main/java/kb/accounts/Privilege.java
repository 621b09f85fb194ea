package kb.accounts;

import java.util.Locale;

/** What reputation unlocks, with the default thresholds of a shop community. */
public enum Privilege {
  VOTE_UP(15),
  FLAG(15),
  COMMENT(50),
  VOTE_DOWN(125),
  EDIT_OTHERS(1_000),
  CLOSE(2_000),
  MODERATE(5_000);

  private final int defaultThreshold;

  Privilege(int defaultThreshold) {
    this.defaultThreshold = defaultThreshold;
  }

  public int defaultThreshold() {
    return defaultThreshold;
  }

  /** The configuration key of its threshold, e.g. {@code kb.privilege.vote-down}. */
  public String configKey() {
    return "kb.privilege." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The message key of its name, e.g. {@code privilege.VOTE_UP}. */
  public String messageKey() {
    return "privilege." + name();
  }
}
