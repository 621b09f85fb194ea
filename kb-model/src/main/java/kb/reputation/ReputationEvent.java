package kb.reputation;

/**
 * What earns or costs points, with the default points of a shop community. {@code capped} events
 * count toward the daily cap: upvotes and acceptances (else one sock puppet asking and accepting
 * earns without limit); downvotes and adjustments do not.
 */
public enum ReputationEvent {
  QUESTION_UPVOTED(5, true),
  ANSWER_UPVOTED(10, true),
  ANSWER_ACCEPTED(15, true),
  ACCEPTED_ANSWER(2, true),
  POST_DOWNVOTED(-2, false),
  DOWNVOTED_ANSWER(-1, false),
  ADJUSTMENT(0, false);

  private final int defaultPoints;
  private final boolean capped;

  ReputationEvent(int defaultPoints, boolean capped) {
    this.defaultPoints = defaultPoints;
    this.capped = capped;
  }

  public int defaultPoints() {
    return defaultPoints;
  }

  public boolean capped() {
    return capped;
  }

  /** The configuration key of its points, e.g. {@code kb.reputation.answer-upvoted}. */
  public String configKey() {
    return "kb.reputation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
