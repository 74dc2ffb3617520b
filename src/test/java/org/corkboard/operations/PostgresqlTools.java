package org.corkboard.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test database's coordinates (the {@code test.postgresql.*} properties), JDBC connections to
 * it or to a sibling database, and PostgreSQL's own client programs run against them, as an
 * operator runs them.
 */
final class PostgresqlTools {

  private static final Path DEBIAN_BINARIES = Path.of("/usr/lib/postgresql/15/bin");

  final String host;
  final int port;
  final String database;
  final String user = System.getProperty("test.postgresql.user", "corkboard");
  final String password = System.getProperty("test.postgresql.password", "corkboard");

  PostgresqlTools() {
    URI uri =
        URI.create(
            System.getProperty(
                    "test.postgresql.url", "jdbc:postgresql://localhost:5432/corkboard_test")
                .substring("jdbc:".length()));
    host = uri.getHost();
    port = uri.getPort() < 0 ? 5432 : uri.getPort();
    database = uri.getPath().substring(1);
  }

  Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://%s:%d/%s".formatted(host, port, name), user, password);
  }

  /** Runs pg_dump, pg_restore and so on with the test role's password; fails on an error. */
  void run(String program, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(binary(program));
    command.addAll(List.of("--host", host, "--port", String.valueOf(port), "--username", user));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  /** Debian's versioned folder first: its programs match the server of the packaged cluster. */
  private static String binary(String program) {
    Path packaged = DEBIAN_BINARIES.resolve(program);
    return Files.isExecutable(packaged) ? packaged.toString() : program;
  }
}
