package kb.gaps;

import kb.search.FollowUp;

/**
 * How one search ended, as the gap report judges it once the visit is over: it failed when it found
 * nothing, when no hit was opened, or when the visitor then voted "not helpful", asked or
 * escalated.
 */
record Outcome(boolean zeroResult, boolean noClick, boolean notHelpful, boolean escalated) {

  static Outcome of(int hits, String clickedId, FollowUp followUp) {
    return new Outcome(
        hits == 0,
        hits > 0 && clickedId == null,
        followUp == FollowUp.NOT_HELPFUL,
        followUp != null && followUp.escalates());
  }

  boolean failed() {
    return zeroResult || noClick || notHelpful || escalated;
  }

  boolean clicked() {
    return !zeroResult && !noClick;
  }
}
