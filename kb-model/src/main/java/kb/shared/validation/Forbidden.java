package kb.shared.validation;

import java.util.List;

/** Thrown when the caller is known but may not do what it asked; carries a message key. */
public class Forbidden extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public Forbidden(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
