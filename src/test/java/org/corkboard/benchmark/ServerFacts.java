package org.corkboard.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the benchmark reports of the measured server beside its pages: how long the search index
 * took to build (from the server's log), its size on disk, and the heap in use after a full garbage
 * collection (through the JDK's jcmd).
 */
final class ServerFacts {

  private static final Pattern BUILT = Pattern.compile("Search index built in (\\d+) s");
  private static final Pattern READY = Pattern.compile("Search index ready");
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private final Path log;
  private final Path index;

  ServerFacts(Path jbossHome, Path index) {
    this.log = jbossHome.resolve(Path.of("standalone", "log", "server.log"));
    this.index = index;
  }

  /**
   * Waits until the search index of the server's latest start is built or caught up; returns the
   * seconds the build took, or empty when the index was caught up instead of built.
   */
  Optional<Long> awaitIndex(Duration patience) throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(patience);
    while (Instant.now().isBefore(giveUp)) {
      String sinceStart = sinceLatestStart();
      if (READY.matcher(sinceStart).find()) {
        Matcher built = BUILT.matcher(sinceStart);
        return built.find() ? Optional.of(Long.parseLong(built.group(1))) : Optional.empty();
      }
      Thread.sleep(2000);
    }
    throw new IllegalStateException("The search index was not ready within " + patience);
  }

  private String sinceLatestStart() throws IOException {
    String text = Files.readString(log, StandardCharsets.ISO_8859_1);
    int start = text.lastIndexOf("WFLYSRV0049");
    return start < 0 ? text : text.substring(start);
  }

  /** The size of the index and its suggestions on disk, in MB. */
  long indexMegabytes() throws IOException {
    long bytes = 0;
    for (Path folder : List.of(index, index.resolveSibling(index.getFileName() + "-suggestions"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.walk(folder)) {
          bytes += files.filter(Files::isRegularFile).mapToLong(ServerFacts::size).sum();
        }
      }
    }
    return bytes / (1024 * 1024);
  }

  /** The server's heap in use right after a full collection, in MB; empty if it cannot be asked. */
  Optional<Long> heapAfterFullGcMegabytes() throws IOException, InterruptedException {
    Optional<ProcessHandle> server =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().orElse("").contains("corkboard.benchmark.listings"))
            .findFirst();
    if (server.isEmpty()) {
      return Optional.empty();
    }
    String pid = Long.toString(server.get().pid());
    jcmd(pid, "GC.run");
    Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    return used.find() ? Optional.of(Long.parseLong(used.group(1)) / 1024) : Optional.empty();
  }

  private static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
