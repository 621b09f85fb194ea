package kb.shared.validation;

/** Thrown when what a request names does not exist (or may not be seen by this caller). */
public class NotFound extends RuntimeException {

  private final String messageKey;

  public NotFound(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
