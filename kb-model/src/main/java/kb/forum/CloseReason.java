package kb.forum;

/** Why a question no longer takes answers. DUPLICATE points to a thread or an article. */
public enum CloseReason {
  DUPLICATE,
  OFF_TOPIC,
  UNCLEAR,
  RESOLVED
}
