package kb.forum;

/** PENDING until a moderator reviews it: HELPFUL when acted on, DECLINED when dismissed. */
public enum FlagStatus {
  PENDING,
  HELPFUL,
  DECLINED
}
