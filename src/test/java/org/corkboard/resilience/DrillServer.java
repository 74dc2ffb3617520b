package org.corkboard.resilience;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.corkboard.testing.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The WildFly of the mail drill: the configured server of the build with a base folder, an H2 file
 * database and a mail session of its own, started by its script so that the drill knows the
 * server's process and can kill it with {@code kill -9}, as a crash would.
 */
final class DrillServer {

  private static final String BASE_URL = "http://localhost:8080";

  private final Path home;
  private final Path base;
  private final List<String> options;
  private final HttpClient http = HttpClient.newHttpClient();
  private Process script;

  DrillServer(Path home, Path work, int smtpPort) throws IOException {
    this.home = home;
    this.base = work.resolve("server");
    copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(base.resolve("deployments"));
    Deployments.application()
        .addClasses(DrillServlet.class, DrillNotifications.class)
        .as(ZipExporter.class)
        .exportTo(base.resolve("deployments/corkboard.war").toFile(), true);
    this.options =
        List.of(
            "-Djboss.server.base.dir=" + base,
            "-Dcorkboard.h2.url=jdbc:h2:file:"
                + work.resolve("db/corkboard")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            "-Dcorkboard.smtp.port=" + smtpPort,
            "-Dcorkboard.notification.mail-wait=PT1S",
            // A transaction the kill left prepared in the JMS broker holds its message until the
            // transaction manager's recovery settles it: every 2 minutes by default, every 10 s
            // here, so that the drill need not wait minutes for the last mails.
            "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=10",
            "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2");
  }

  /** Starts the server and waits until the application answers. */
  void start() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Stream.concat(
                        Stream.of(
                            home.resolve("bin/standalone.sh").toString(),
                            "-c",
                            "standalone-full.xml"),
                        options.stream())
                    .toList())
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("console.log").toFile());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    builder.environment().put("JBOSS_PIDFILE", pidFile().toString());
    Files.deleteIfExists(pidFile());
    script = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!script.isAlive()) {
        throw new IllegalStateException("The server stopped; see " + base.resolve("log"));
      }
      try {
        pending();
        return;
      } catch (IOException | IllegalStateException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("The server did not start within 3 minutes");
  }

  /** Kills the server's Java process at once, with no chance to finish anything. */
  void kill() throws Exception {
    String pid = Files.readString(pidFile()).strip();
    int status = new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
    if (status != 0) {
      throw new IllegalStateException("kill -9 " + pid + " failed");
    }
    script.waitFor();
  }

  /** Stops the server in order. */
  void stop() throws Exception {
    if (script != null && script.isAlive()) {
      new ProcessBuilder("kill", Files.readString(pidFile()).strip()).start().waitFor();
      script.waitFor();
    }
  }

  /** Asks the drill servlet to notify, or (no query) what is still pending. */
  String drill(String query) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE_URL + "/drill" + query)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/drill" + query + " answered " + response.statusCode());
    }
    return response.body();
  }

  String pending() throws IOException, InterruptedException {
    return drill("");
  }

  Path log() {
    return base.resolve("log/server.log");
  }

  private Path pidFile() {
    return base.resolve("server.pid");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static void delete(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
