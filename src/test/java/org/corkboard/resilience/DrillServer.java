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
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WildFly of a drill: the configured server of the build with a base folder of its own, started
 * by its script so that the drill knows the server's process and can kill it with {@code kill -9},
 * as a crash would. Its options choose the database, ports and mail.
 */
final class DrillServer {

  private final Path home;
  private final Path base;
  private final String baseUrl;
  private final String readyPath;
  private final List<String> options;
  private final HttpClient http = HttpClient.newHttpClient();
  private Process script;

  /**
   * A server in {@code base} with the application deployed; it is up once {@code readyPath} answers
   * 200 at {@code baseUrl}.
   */
  DrillServer(
      Path home,
      Path base,
      WebArchive application,
      String baseUrl,
      String readyPath,
      List<String> options)
      throws IOException {
    this.home = home;
    this.base = base;
    this.baseUrl = baseUrl;
    this.readyPath = readyPath;
    this.options =
        Stream.concat(Stream.of("-Djboss.server.base.dir=" + base), options.stream()).toList();
    copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(base.resolve("deployments"));
    application
        .as(ZipExporter.class)
        .exportTo(base.resolve("deployments/corkboard.war").toFile(), true);
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
        if (get(readyPath).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
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

  /** A GET of the path on the server, without cookies. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString());
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
