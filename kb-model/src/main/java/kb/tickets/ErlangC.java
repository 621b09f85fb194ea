package kb.tickets;

/**
 * The Erlang C model of a queue served by N agents: how likely a contact waits, the service level
 * (share answered within a target time) and the agents needed for a target service level, with
 * shrinkage (breaks, training, absence) on top. Arithmetic only, so it is unit-tested against
 * published worked examples.
 */
public final class ErlangC {

  /** The agents needed and what they achieve. */
  public record Staffing(
      int agents, int scheduled, double traffic, double waitProbability, double serviceLevel) {}

  /** Beyond this the answer is not a staffing question (and the search would run long). */
  public static final double MAX_TRAFFIC = 10_000;

  private ErlangC() {}

  /** Offered traffic in Erlangs: arrivals per hour × handling time in hours. */
  public static double traffic(double arrivalsPerHour, double handlingSeconds) {
    return arrivalsPerHour * handlingSeconds / 3600.0;
  }

  /** The probability that a contact waits with {@code agents} agents (1 when overloaded). */
  public static double waitProbability(int agents, double traffic) {
    if (agents <= traffic) {
      return 1.0;
    }
    // Erlang B by its stable recursion, then Erlang C from it
    double b = 1.0;
    for (int k = 1; k <= agents; k++) {
      b = traffic * b / (k + traffic * b);
    }
    return agents * b / (agents - traffic * (1 - b));
  }

  /** The share of contacts answered within {@code targetSeconds}. */
  public static double serviceLevel(
      int agents, double traffic, double handlingSeconds, double targetSeconds) {
    if (agents <= traffic) {
      return 0.0;
    }
    double pw = waitProbability(agents, traffic);
    return 1 - pw * Math.exp(-(agents - traffic) * targetSeconds / handlingSeconds);
  }

  /**
   * The fewest agents reaching {@code targetLevel} (e.g. 0.8) within {@code targetSeconds}, and how
   * many to schedule once {@code shrinkage} (e.g. 0.3) of their time is lost.
   */
  public static Staffing agentsNeeded(
      double arrivalsPerHour,
      double handlingSeconds,
      double targetLevel,
      double targetSeconds,
      double shrinkage) {
    if (!Double.isFinite(arrivalsPerHour)
        || !Double.isFinite(handlingSeconds)
        || !Double.isFinite(targetSeconds)
        || !Double.isFinite(targetLevel)
        || !Double.isFinite(shrinkage)) {
      throw new IllegalArgumentException("every input must be a number");
    }
    if (traffic(arrivalsPerHour, handlingSeconds) > MAX_TRAFFIC) {
      throw new IllegalArgumentException("more than " + MAX_TRAFFIC + " Erlangs");
    }
    if (arrivalsPerHour < 0 || handlingSeconds <= 0 || targetSeconds < 0) {
      throw new IllegalArgumentException("arrivals, handling time and target must be positive");
    }
    if (targetLevel <= 0 || targetLevel >= 1 || shrinkage < 0 || shrinkage >= 1) {
      throw new IllegalArgumentException("service level and shrinkage are fractions below 1");
    }
    double a = traffic(arrivalsPerHour, handlingSeconds);
    if (a == 0) {
      return new Staffing(0, 0, 0, 0, 1);
    }
    int n = (int) Math.floor(a) + 1;
    while (serviceLevel(n, a, handlingSeconds, targetSeconds) < targetLevel) {
      n++;
    }
    int scheduled = (int) Math.ceil(n / (1 - shrinkage) - 1e-9);
    return new Staffing(
        n, scheduled, a, waitProbability(n, a), serviceLevel(n, a, handlingSeconds, targetSeconds));
  }
}
