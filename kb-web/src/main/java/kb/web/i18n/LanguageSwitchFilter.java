package kb.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import kb.accounts.AccountService;
import kb.shared.i18n.Locales;

/**
 * Handles the language switcher: a GET with {@code ?lang=xx} remembers the choice (a cookie, and
 * the profile of a signed-in user) and redirects to the same page without the parameter. It also
 * loads a signed-in user's profile language into the session once.
 */
@WebFilter(filterName = "languageSwitch", urlPatterns = "/*")
public class LanguageSwitchFilter extends HttpFilter {

  @Inject AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user != null) {
      HttpSession session = request.getSession();
      if (session.getAttribute(LocaleResolver.PROFILE_LOCALE) == null) {
        accounts
            .find(user)
            .ifPresent(a -> session.setAttribute(LocaleResolver.PROFILE_LOCALE, a.locale()));
      }
    }
    String lang = request.getParameter("lang");
    if (lang != null && "GET".equals(request.getMethod()) && !isApi(request)) {
      Optional<String> chosen = Locales.match(lang);
      if (chosen.isPresent()) {
        remember(request, response, chosen.get(), user);
      }
      response.sendRedirect(withoutLang(request));
      return;
    }
    chain.doFilter(request, response);
  }

  private void remember(
      HttpServletRequest request, HttpServletResponse response, String locale, String user) {
    Cookie cookie = new Cookie(LocaleResolver.COOKIE, locale);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    if (user != null) {
      accounts.changeLocale(user, locale);
      request.getSession().setAttribute(LocaleResolver.PROFILE_LOCALE, locale);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String withoutLang(HttpServletRequest request) {
    // "//evil.example/x?lang=en" must not redirect to another host (a protocol-relative URL)
    StringBuilder url = new StringBuilder(request.getRequestURI().replaceFirst("^[/\\\\]+", "/"));
    String query = request.getQueryString();
    if (query != null) {
      StringBuilder kept = new StringBuilder();
      for (String pair : query.split("&")) {
        if (!pair.startsWith("lang=") && !pair.isEmpty()) {
          kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
      }
      if (kept.length() > 0) {
        url.append('?').append(kept);
      }
    }
    return url.toString();
  }
}
