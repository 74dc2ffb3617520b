package org.corkboard.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger.Level;
import org.corkboard.platform.migration.V14_1__Fill_coordinates;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything
 * else runs. SQL that differs between databases lives in {@code db/migration/h2} and {@code
 * db/migration/postgresql}; the few that need Java are in {@code org.corkboard.platform.migration}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final System.Logger LOG = System.getLogger(DatabaseMigration.class.getName());

  @PostConstruct
  void migrate() {
    var flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(Database.dataSource())
            .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
            // Named one by one: Flyway's search for classes does not see into a WAR on WildFly.
            .javaMigrations(new V14_1__Fill_coordinates())
            .load();
    var result = flyway.migrate();
    LOG.log(
        Level.INFO,
        "Database schema at version {0} ({1} migrations applied now)",
        flyway.info().current().getVersion(),
        result.migrationsExecuted);
  }
}
