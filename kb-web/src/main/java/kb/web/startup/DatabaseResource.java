package kb.web.startup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the pooled data source the persistence unit uses. The class it names picks H2 or
 * PostgreSQL from {@code KB_DB_URL} at first use, so no driver or URL is fixed here.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/kb",
    className = "kb.shared.persistence.KbDataSource",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.log-jdbc-calls=false"
    })
@ApplicationScoped
public class DatabaseResource {}
