package kb.search;

/**
 * What a visitor did after a search that shows it did not help, weakest first: they voted the
 * article they opened "not helpful", asked the community, or escalated to support.
 */
public enum FollowUp {
  NOT_HELPFUL,
  ASKED,
  ESCALATED;

  /** Asking and escalating are the escalations the gap report counts. */
  public boolean escalates() {
    return this != NOT_HELPFUL;
  }
}
