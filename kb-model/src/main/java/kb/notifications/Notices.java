package kb.notifications;

/** The one-line English wording of a notice, for email subjects (pages use the bundles). */
final class Notices {

  private Notices() {}

  static String sentence(NoticeKind kind, String actor, String subject) {
    String who = actor == null ? "Someone" : actor;
    return switch (kind) {
      case ANSWER -> who + " answered your question: " + subject;
      case FOLLOWED_ANSWER -> who + " answered a thread you follow: " + subject;
      case COMMENT -> who + " commented on your post in: " + subject;
      case ACCEPTED -> who + " accepted your answer to: " + subject;
      case BADGE -> "You earned a badge: " + subject;
      case MODERATION -> "A moderator acted on your post in: " + subject;
      case TICKET_REPLY -> who + " replied to your support ticket " + subject;
      case TICKET_STATUS -> "Your support ticket " + subject + " is now " + actor;
    };
  }
}
