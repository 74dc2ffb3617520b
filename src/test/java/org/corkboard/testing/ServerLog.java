package org.corkboard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's log from the moment a test marks it, for in-container tests of what is logged. Ids
 * repeat in a new database, so only lines written after the mark count.
 */
public final class ServerLog {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path file;
  private final long from;

  private ServerLog(Path file) throws IOException {
    this.file = file;
    this.from = Files.size(file);
  }

  public static ServerLog fromNow() throws IOException {
    return new ServerLog(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
  }

  /** Waits for a line with the text, written since the mark, and returns it. */
  public String await(String text) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<String> found = since().lines().filter(l -> l.contains(text)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No log line with \"" + text + "\" within " + PATIENCE);
  }

  /** Everything written since the mark. */
  public String since() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(from);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
