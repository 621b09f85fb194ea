package kb.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who a browser session belongs to: the account, its roles at sign-in, and the account's session
 * epoch then. The authentication mechanism compares the epoch with the database on every request
 * (before any access check), so a new password, a changed role or "sign out everywhere" ends the
 * session on its next request, on every node.
 */
public record SignedIn(String username, Set<String> groups, long epoch) implements Serializable {

  static final String ATTRIBUTE = "kb.signedIn";

  static SignedIn of(HttpSession session) {
    return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
  }

  void store(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
