package kb.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kb.shared.persistence.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers a trivial query. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseProbe probe;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(probe.reachable()).build();
  }
}
