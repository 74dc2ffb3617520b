package org.corkboard.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corkboard.testing.Deployments;

/**
 * The database outage drill (see the README): runs the configured server on a PostgreSQL cluster of
 * its own (target/outage), puts a steady load of sign-ins, page views and posts on it, stops
 * PostgreSQL for a while and starts it again. It fails unless every page answered meanwhile with
 * its content or with the 503 page that says the database cannot be reached (never a 500 or a stack
 * trace), the node answered normally again by itself soon enough after the database returned, and
 * every post that was answered with its page is in the database. Run by the {@code outage} Maven
 * profile; writes target/outage/results.md.
 */
public final class OutageDrill {

  static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
  private static final List<String> PEOPLE = List.of("alice", "bruno", "chen", "dilara");

  /**
   * Arguments: JBoss home, outage seconds, PostgreSQL port, WildFly port offset, seconds of load
   * before and after the outage.
   */
  public static void main(String[] args) throws Exception {
    Path work = Path.of("target", "outage").toAbsolutePath();
    DrillServer.delete(work);
    Duration outage = Duration.ofSeconds(Long.parseLong(args[1]));
    int port = Integer.parseInt(args[2]);
    int offset = Integer.parseInt(args[3]);
    Duration steady = Duration.ofSeconds(Long.parseLong(args[4]));
    var postgresql = new DrillPostgresql(work.resolve("postgresql"), port);
    String baseUrl = "http://localhost:" + (8080 + offset);
    System.setProperty("corkboard.base-url", baseUrl);
    DrillServer server = null;
    try {
      postgresql.create();
      server = server(Path.of(args[0]), work, postgresql, offset, baseUrl);
      server.start();
      String report = run(postgresql, outage, steady);
      System.out.println(report);
      Files.writeString(work.resolve("results.md"), report);
      if (!report.contains("PASSED")) {
        throw new AssertionError("The outage drill failed; see " + work.resolve("results.md"));
      }
    } finally {
      if (server != null) {
        server.stop();
      }
      postgresql.stopIfRunning();
    }
  }

  private static String run(DrillPostgresql postgresql, Duration outage, Duration steady)
      throws Exception {
    var load = new OutageLoad(PEOPLE, "user-corkboard-dev");
    load.start();
    Thread.sleep(steady.toMillis());
    long down = System.nanoTime();
    postgresql.stop();
    Thread.sleep(outage.toMillis());
    postgresql.start();
    long up = System.nanoTime();
    Thread.sleep(steady.toMillis());
    load.stop();
    List<String> lost;
    try (var connection = postgresql.connect()) {
      lost = OutageVerdict.missingListings(connection, load.posted);
    }
    return new OutageVerdict(List.copyOf(load.answers), down, up)
        .report(PEOPLE.size(), load.posted.size(), lost);
  }

  /**
   * The server on the drill's PostgreSQL with the demo people (forced: the database is PostgreSQL),
   * mail to files, and the limits on posting out of the way of the load.
   */
  private static DrillServer server(
      Path home, Path work, DrillPostgresql postgresql, int offset, String baseUrl)
      throws Exception {
    return new DrillServer(
        home,
        work.resolve("server"),
        Deployments.application(),
        baseUrl,
        "/",
        List.of(
            "-Djboss.socket.binding.port-offset=" + offset,
            "-Dcorkboard.db=postgresql",
            "-Dcorkboard.postgresql.url=" + postgresql.jdbcUrl(),
            "-Dcorkboard.base-url=" + baseUrl,
            "-Dcorkboard.demo=true",
            "-Dcorkboard.demo.force=true",
            "-Dcorkboard.mail.transport=outbox",
            "-Dcorkboard.listing.max-per-hour=1000",
            "-Dcorkboard.listing.max-active=10000"));
  }
}
