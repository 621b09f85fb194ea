package kb.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import kb.web.shared.ClientAddress;

/**
 * The cookie that marks a browser an account signed in from before (OWASP's "device cookie"): while
 * someone else's guessing slows the account down, its owner's browser is not made to wait. It
 * proves nothing on its own: the password is still checked.
 */
final class DeviceCookie {

  static final String NAME = "kb_device";
  private static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

  private DeviceCookie() {}

  /** The token this browser holds for the username, or null. */
  static String read(HttpServletRequest request, String username) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null || username == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (!NAME.equals(cookie.getName())) {
        continue;
      }
      String value = cookie.getValue();
      int dot = value.indexOf('.');
      if (dot < 0) {
        return null;
      }
      try {
        String owner =
            new String(
                Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
        return owner.toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))
            ? value.substring(dot + 1)
            : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  static void write(
      HttpServletRequest request, HttpServletResponse response, String username, String token) {
    String owner =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(username.getBytes(StandardCharsets.UTF_8));
    Cookie cookie = new Cookie(NAME, owner + "." + token);
    cookie.setPath(request.getContextPath() + "/");
    cookie.setMaxAge(MAX_AGE);
    cookie.setHttpOnly(true);
    cookie.setSecure(ClientAddress.secure(request) || SessionCookies.publishedOverTls());
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
  }
}
