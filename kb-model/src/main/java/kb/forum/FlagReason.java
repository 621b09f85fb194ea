package kb.forum;

/** Why a member flags a post. OTHER needs a few words for the moderator. */
public enum FlagReason {
  SPAM,
  RUDE,
  OFF_TOPIC,
  OTHER
}
