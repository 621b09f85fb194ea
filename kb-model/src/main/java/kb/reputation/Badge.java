package kb.reputation;

/**
 * The badges members earn, each with its tier. A repeatable badge is earned once per post (a second
 * great answer earns a second "Great answer"); the others once per member.
 */
public enum Badge {
  STUDENT(Tier.BRONZE, false),
  TEACHER(Tier.BRONZE, false),
  SCHOLAR(Tier.BRONZE, false),
  SOLVER(Tier.BRONZE, false),
  SUPPORTER(Tier.BRONZE, false),
  CRITIC(Tier.BRONZE, false),
  EDITOR(Tier.BRONZE, false),
  CITIZEN_PATROL(Tier.BRONZE, false),
  COMMENTATOR(Tier.BRONZE, false),
  NICE_ANSWER(Tier.BRONZE, true),
  GOOD_ANSWER(Tier.SILVER, true),
  GREAT_ANSWER(Tier.GOLD, true),
  POPULAR_QUESTION(Tier.SILVER, true),
  ENTHUSIAST(Tier.SILVER, false),
  FANATIC(Tier.GOLD, false);

  /** Bronze for first steps, silver for sustained help, gold for the exceptional. */
  public enum Tier {
    BRONZE,
    SILVER,
    GOLD
  }

  /** Answer scores of the answer badges, views of a popular question, days of the streaks. */
  public static final int NICE = 10;

  public static final int GOOD = 25;
  public static final int GREAT = 100;
  public static final int POPULAR_VIEWS = 1_000;
  public static final int COMMENTS = 10;
  public static final int ENTHUSIAST_DAYS = 30;
  public static final int FANATIC_DAYS = 100;

  private final Tier tier;
  private final boolean repeats;

  Badge(Tier tier, boolean repeats) {
    this.tier = tier;
    this.repeats = repeats;
  }

  public Tier tier() {
    return tier;
  }

  public boolean repeats() {
    return repeats;
  }

  /** Message keys of the name and of how it is earned. */
  public String nameKey() {
    return "badge." + name();
  }

  public String ruleKey() {
    return "badge." + name() + ".rule";
  }
}
