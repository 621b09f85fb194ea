package kb.web;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Set;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;

/**
 * Runs one service call for a page: a refusal (bad input, a missing privilege, a conflict, a
 * vanished record, a concurrent change) becomes a message in the page's errors instead of an error
 * page, so the reader keeps what they typed and learns why.
 */
public final class Actions {

  private Actions() {}

  /**
   * Runs {@code action}; an invalid field the page shows beside its input ({@code fields}) is
   * reported there, anything else on the form. Returns whether the action succeeded.
   */
  public static boolean attempt(FormErrors errors, Runnable action, Set<String> fields) {
    errors.clear();
    try {
      action.run();
      return true;
    } catch (InvalidInput e) {
      if (fields.contains(e.field())) {
        errors.add(e);
      } else {
        errors.add("form", e.messageKey(), e.arguments().toArray());
      }
    } catch (Forbidden e) {
      errors.add("form", e.messageKey(), e.arguments().toArray());
    } catch (Conflict e) {
      errors.add("form", e.messageKey());
    } catch (NotFound e) {
      errors.add("form", e.messageKey());
    } catch (PersistenceException | TransactionalException e) {
      errors.add("form", "error.concurrent");
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof PersistenceException)) {
        throw e;
      }
      errors.add("form", "error.concurrent");
    }
    return false;
  }
}
