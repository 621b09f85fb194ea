package kb.shared.validation;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule a person can fix. It names the field and a message
 * key; the web tier turns the key into a sentence in the reader's language, so the domain never
 * hard-codes English text.
 */
public class InvalidInput extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final List<Object> arguments;

  public InvalidInput(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
