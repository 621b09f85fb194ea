package kb.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import kb.shared.i18n.Locales;

/** The request's language for pages ({@code <f:view locale="#{userLocale.locale}">}). */
@Named
@RequestScoped
public class UserLocale {

  @Inject HttpServletRequest request;

  public Locale getLocale() {
    return LocaleResolver.resolve(request);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<String> getSupported() {
    return Locales.SUPPORTED;
  }

  /** A language's name in that language, for the switcher. */
  public String nativeName(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
