package org.corkboard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.platform.Database;
import org.corkboard.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production settings of the PostgreSQL datasource (wildfly-config/10-datasource.cli) as the
 * database sees them: every connection the application gets carries the statement timeout, set by
 * the client when it connected, so PostgreSQL itself cancels a statement that runs longer.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
@EnabledIf("onPostgresql")
class PostgresqlPoolIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(PostgresqlPoolIT.class);
  }

  /** The test JVM knows the run by its Arquillian container; the server by its database. */
  static boolean onPostgresql() {
    return "wildfly-postgresql".equals(System.getProperty("arquillian.launch"))
        || "postgresql".equals(System.getProperty("corkboard.db"));
  }

  @Test
  void everyConnectionOfThePoolHasTheStatementTimeoutFromTheClient() throws Exception {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        Connection connection = Database.dataSource().getConnection();
        held.add(connection);
        try (var statement = connection.createStatement();
            var result =
                statement.executeQuery(
                    "SELECT setting, unit, source FROM pg_settings"
                        + " WHERE name = 'statement_timeout'")) {
          assertThat(result.next()).isTrue();
          assertThat(result.getString("setting") + result.getString("unit")).isEqualTo("30000ms");
          assertThat(result.getString("source")).isEqualTo("client");
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  @Test
  void aStatementOverTheTimeoutIsCancelledByTheDatabase() throws Exception {
    try (Connection connection = Database.dataSource().getConnection();
        var statement = connection.createStatement()) {
      // The same limit a second long, so that the test need not wait the production 30 s.
      statement.execute("SET statement_timeout = '1s'");
      try {
        statement.execute("SELECT pg_sleep(5)");
        throw new AssertionError("pg_sleep(5) was not cancelled");
      } catch (java.sql.SQLException expected) {
        assertThat(expected.getSQLState()).as(expected.getMessage()).isEqualTo("57014");
      } finally {
        statement.execute("RESET statement_timeout");
      }
      try (var result = statement.executeQuery("SHOW statement_timeout")) {
        result.next();
        assertThat(result.getString(1)).as("back to the pool's own").isEqualTo("30s");
      }
    }
  }
}
