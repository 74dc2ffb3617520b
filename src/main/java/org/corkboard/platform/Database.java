package org.corkboard.platform;

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
}
