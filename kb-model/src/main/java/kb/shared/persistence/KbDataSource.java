package kb.shared.persistence;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kb.shared.config.KbConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class the container pools ({@code @DataSourceDefinition} in kb-web). It picks
 * H2 or PostgreSQL from {@code KB_DB_URL} when the first connection is asked for, so that switching
 * the database is configuration only and the driver class need not be known when the annotation is
 * read.
 */
public class KbDataSource implements DataSource {

  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** The JDBC URL this data source connects to, computed from the configuration. */
  public static String effectiveUrl(KbConfig config) {
    return config
        .dbUrl()
        .orElseGet(
            () ->
                "jdbc:h2:file:"
                    + config.dataDir().resolve("db").resolve("kb")
                    + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
  }

  static DataSource create(KbConfig config) {
    String url = effectiveUrl(config);
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      if (!config.dbUser().isEmpty()) {
        pg.setUser(config.dbUser());
      }
      if (!config.dbPassword().isEmpty()) {
        pg.setPassword(config.dbPassword());
      }
      return pg;
    }
    if (!url.startsWith("jdbc:h2:")) {
      throw new IllegalStateException("KB_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL");
    }
    try {
      Files.createDirectories(config.dataDir().resolve("db"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create the data folder " + config.dataDir(), e);
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser(config.dbUser().isEmpty() ? "sa" : config.dbUser());
    h2.setPassword(config.dbPassword());
    return h2;
  }

  private DataSource delegate() {
    DataSource ds = delegate;
    if (ds == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create(KbConfig.current());
        }
        ds = delegate;
      }
    }
    return ds;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
