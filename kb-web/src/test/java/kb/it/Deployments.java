package kb.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the war the build just packaged, whole. Tests run
 * against exactly what ships, instead of a hand-listed subset of classes that could drift.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive site() {
    File war = new File(System.getProperty("kb.war", "target/kb.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " is missing: run the integration tests with mvn verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
