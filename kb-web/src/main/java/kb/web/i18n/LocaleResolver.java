package kb.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import kb.shared.i18n.Locales;

/**
 * Decides the language of a request: the signed-in user's profile first, then the {@code kb_lang}
 * cookie the language switcher sets, then the browser's Accept-Language, then English.
 */
public final class LocaleResolver {

  public static final String COOKIE = "kb_lang";

  /** Session attribute holding the signed-in user's profile language. */
  public static final String PROFILE_LOCALE = "kb.profileLocale";

  static final String REQUEST_ATTRIBUTE = "kb.locale";

  private LocaleResolver() {}

  public static Locale resolve(HttpServletRequest request) {
    Object cached = request.getAttribute(REQUEST_ATTRIBUTE);
    if (cached instanceof Locale locale) {
      return locale;
    }
    Locale locale = Locale.forLanguageTag(tag(request));
    request.setAttribute(REQUEST_ATTRIBUTE, locale);
    return locale;
  }

  private static String tag(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(PROFILE_LOCALE) instanceof String profile) {
      return profile;
    }
    Optional<String> fromCookie = cookie(request).flatMap(Locales::match);
    if (fromCookie.isPresent()) {
      return fromCookie.get();
    }
    for (Locale candidate : Collections.list(request.getLocales())) {
      Optional<String> match = Locales.match(candidate.toLanguageTag());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return Locales.DEFAULT;
  }

  private static Optional<String> cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return Optional.ofNullable(c.getValue());
      }
    }
    return Optional.empty();
  }
}
