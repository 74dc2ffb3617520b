package org.corkboard.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Which database Corkboard runs on: {@code corkboard.db=h2} (the default, an embedded file) or
 * {@code corkboard.db=postgresql}. The server defines one datasource for each (see
 * wildfly-config/10-datasource.cli); persistence.xml resolves the same name.
 */
public final class Database {

  private Database() {}

  public static String jndiName() {
    return "java:jboss/datasources/corkboard-" + Settings.get("corkboard.db", "h2");
  }

  /** The datasource itself, for the few that need JDBC rather than the persistence unit. */
  public static DataSource dataSource() {
    try {
      return (DataSource) new InitialContext().lookup(jndiName());
    } catch (NamingException e) {
      throw new IllegalStateException("No datasource " + jndiName(), e);
    }
  }
}
