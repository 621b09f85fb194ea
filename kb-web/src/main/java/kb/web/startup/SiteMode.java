package kb.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kb.shared.config.KbConfig;

/** What pages need to know about how this site runs: a demo site says so on every page. */
@Named
@ApplicationScoped
public class SiteMode {

  private final boolean demo = KbConfig.current().demoRequested();

  /** Whether the demo accounts (with their published password) are seeded on this site. */
  public boolean isDemo() {
    return demo;
  }
}
