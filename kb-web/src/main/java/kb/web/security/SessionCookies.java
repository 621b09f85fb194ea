package kb.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import kb.shared.config.KbConfig;

/**
 * Marks the session cookie {@code Secure} when the site is published over TLS ({@code
 * KB_SITE_URL=https://…}), so that behind a proxy that terminates TLS the cookie is still never
 * sent over plain HTTP. Payara itself marks it only when it terminates TLS; the device cookie
 * follows {@code X-Forwarded-Proto} from a trusted proxy ({@link DeviceCookie}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

  /** Whether the site's public address is https. */
  public static boolean publishedOverTls() {
    return KbConfig.current().value("kb.site.url").orElse("").startsWith("https://");
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (publishedOverTls()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("session cookie: Secure (KB_SITE_URL is https)");
    }
  }
}
