package org.corkboard.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the drill's own, in a folder under target/ on a port of its own, which
 * the drill may stop and start at will: never the machine's shared cluster. Its programs run as the
 * {@code postgres} user when the drill runs as root (initdb refuses root).
 */
final class DrillPostgresql {

  private static final Path BINARIES = Path.of("/usr/lib/postgresql/15/bin");
  static final String DATABASE = "corkboard";
  static final String ROLE = "corkboard";

  private final Path data;
  private final Path log;
  private final int port;

  DrillPostgresql(Path folder, int port) {
    this.data = folder.resolve("data");
    this.log = folder.resolve("postgresql.log");
    this.port = port;
  }

  /** A new cluster with the application's role and an empty database, as the README sets up. */
  void create() throws IOException, InterruptedException {
    Files.createDirectories(data);
    if (asRoot()) {
      run("chown", "-R", "postgres", data.getParent().toString());
    }
    run(asPostgres(program("initdb"), "-D", data.toString(), "-U", "postgres", "-A", "trust"));
    start();
    psql("CREATE ROLE " + ROLE + " LOGIN PASSWORD 'corkboard'");
    psql("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
  }

  void start() throws IOException, InterruptedException {
    String options = "-p " + port + " -k " + data + " -c listen_addresses=localhost";
    run(
        asPostgres(
            program("pg_ctl"),
            "-D",
            data.toString(),
            "-l",
            log.toString(),
            "-o",
            options,
            "-w",
            "start"));
  }

  /** Stops it as an operator does: sessions are ended, the server shuts down cleanly. */
  void stop() throws IOException, InterruptedException {
    run(asPostgres(program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop"));
  }

  /** Stops it if it runs; for the end of the drill, whatever happened. */
  void stopIfRunning() throws IOException, InterruptedException {
    if (Files.exists(data.resolve("postmaster.pid"))) {
      stop();
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), ROLE, "corkboard");
  }

  private void psql(String sql) throws IOException, InterruptedException {
    run(
        program("psql"),
        "-h",
        "localhost",
        "-p",
        String.valueOf(port),
        "-U",
        "postgres",
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        sql);
  }

  private static String[] asPostgres(String... command) {
    if (!asRoot()) {
      return command;
    }
    List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    wrapped.addAll(List.of(command));
    return wrapped.toArray(String[]::new);
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String program(String name) {
    Path packaged = BINARIES.resolve(name);
    return Files.isExecutable(packaged) ? packaged.toString() : name;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }
}
