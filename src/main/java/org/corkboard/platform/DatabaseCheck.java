package org.corkboard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the application's datasource hands out a connection that answers a trivial query
 * within two seconds: without the database no page can be served.
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  static final String NAME = "database";
  private static final int TIMEOUT_SECONDS = 2;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = Database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      statement.execute("SELECT 1");
      return HealthCheckResponse.named(NAME)
          .up()
          .withData("database", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException | RuntimeException e) {
      return HealthCheckResponse.named(NAME).down().withData("error", e.toString()).build();
    }
  }
}
