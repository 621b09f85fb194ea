package kb.shared.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway; EclipseLink never generates DDL. The migrations in
 * {@code db/migration} are written once for H2 and PostgreSQL alike.
 */
public final class SchemaMigrator {

  private SchemaMigrator() {}

  /** Applies pending migrations and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    return result.migrationsExecuted;
  }
}
