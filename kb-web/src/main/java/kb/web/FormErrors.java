package kb.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.shared.validation.InvalidInput;
import kb.web.i18n.Messages;

/**
 * The errors of one form, by field name, in the reader's language. Views show them beside their
 * fields ({@code #{view.errors.of('email')}}), so that client ids stay in the XHTML.
 */
public class FormErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> byField = new HashMap<>();

  public void clear() {
    byField.clear();
  }

  public void add(InvalidInput e) {
    byField.put(e.field(), message(e.messageKey(), e.arguments()));
  }

  public void add(String field, String key, Object... arguments) {
    byField.put(field, message(key, List.of(arguments)));
  }

  public String of(String field) {
    return byField.get(field);
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  private static String message(String key, List<Object> arguments) {
    return Messages.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }
}
