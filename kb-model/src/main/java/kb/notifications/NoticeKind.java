package kb.notifications;

/** What a notice is about; its message key is {@code notice.<KIND>}. */
public enum NoticeKind {
  ANSWER,
  COMMENT,
  ACCEPTED,
  BADGE,
  MODERATION,
  FOLLOWED_ANSWER,
  TICKET_REPLY,
  TICKET_STATUS
}
