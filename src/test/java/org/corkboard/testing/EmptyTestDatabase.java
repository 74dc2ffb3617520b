package org.corkboard.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Empties the PostgreSQL test database before the persistence tests start the server, which then
 * migrates it from nothing. So every run starts as CI's first run does: nothing an earlier run left
 * behind can make a test pass. (The H2 runs use an in-memory database, empty at every start.)
 */
public class EmptyTestDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"wildfly-postgresql".equals(System.getProperty("arquillian.launch"))) {
      return;
    }
    String url = System.getProperty("test.postgresql.url");
    try (var connection =
            DriverManager.getConnection(
                url,
                System.getProperty("test.postgresql.user"),
                System.getProperty("test.postgresql.password"));
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the test database " + url, e);
    }
  }
}
