package kb.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets the PostgreSQL run of the integration tests ({@code kb.it.database=postgres}) go ahead only
 * when PostgreSQL answers, and gives it a fresh, empty database first. Without PostgreSQL the run
 * is skipped with a reason instead of failing, so {@code ./mvnw verify} works on any machine.
 */
public class PostgresCondition implements ExecutionCondition {

  private static Boolean ready;
  private static String reason;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!"postgres".equals(System.getProperty("kb.it.database"))) {
      return ConditionEvaluationResult.enabled("not the PostgreSQL run");
    }
    synchronized (PostgresCondition.class) {
      if (ready == null) {
        prepare();
      }
    }
    return ready
        ? ConditionEvaluationResult.enabled("PostgreSQL is reachable")
        : ConditionEvaluationResult.disabled(reason);
  }

  private static void prepare() {
    String url = System.getProperty("kb.it.pg.url");
    String user = System.getProperty("kb.it.pg.user", "postgres");
    String database = url.substring(url.lastIndexOf('/') + 1);
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, user, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
      ready = true;
    } catch (SQLException e) {
      ready = false;
      reason = "PostgreSQL is not reachable at " + admin + ": " + e.getMessage();
      System.err.println("[kb] " + reason + " - the PostgreSQL integration run is skipped");
    }
  }
}
