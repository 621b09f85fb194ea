package kb.shared.validation;

/** Thrown when a change was made against a stale version of what it edits. */
public class Conflict extends RuntimeException {

  private final String messageKey;

  public Conflict(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
