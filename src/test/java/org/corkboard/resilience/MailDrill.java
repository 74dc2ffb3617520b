package org.corkboard.resilience;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.testing.Deployments;

/**
 * The crash drill of e-mail delivery (see the README): queues notification e-mails through the
 * application's real path, kills the server with {@code kill -9} while they are being sent, starts
 * it again, waits until every queue is empty, and counts at the SMTP server (GreenMail) what
 * arrived: each mail once, none lost, none twice. Run by the {@code resilience} Maven profile;
 * writes target/resilience/results.md and fails if a mail is lost or arrived twice.
 */
public final class MailDrill {

  private static final int SMTP_PORT = 2525;
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final Duration QUIET = Duration.ofSeconds(10);

  /** Arguments: JBoss home, number of mails, share delivered before the kill (0 to 1). */
  public static void main(String[] args) throws Exception {
    Path work = Path.of("target", "resilience").toAbsolutePath();
    DrillServer.delete(work);
    int count = Integer.parseInt(args[1]);
    double killAt = Double.parseDouble(args[2]);
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    DrillServer server = server(Path.of(args[0]), work);
    try {
      String report = new MailDrill().run(server, smtp, count, killAt);
      System.out.println(report);
      Files.writeString(work.resolve("results.md"), report);
      if (!report.contains("PASSED")) {
        throw new AssertionError(
            "Mails were lost or sent twice; see " + work.resolve("results.md"));
      }
    } finally {
      server.stop();
      smtp.stop();
    }
  }

  /**
   * The server with an H2 file database and the drill servlet, sending to the drill's GreenMail.
   */
  private static DrillServer server(Path home, Path work) throws IOException {
    return new DrillServer(
        home,
        work.resolve("server"),
        Deployments.application().addClasses(DrillServlet.class, DrillNotifications.class),
        "http://localhost:8080",
        "/drill",
        List.of(
            "-Dcorkboard.h2.url=jdbc:h2:file:"
                + work.resolve("db/corkboard")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            "-Dcorkboard.smtp.port=" + SMTP_PORT,
            "-Dcorkboard.notification.mail-wait=PT1S",
            // A transaction the kill left prepared in the JMS broker holds its message until the
            // transaction manager's recovery settles it: every 2 minutes by default, every 10 s
            // here, so that the drill need not wait minutes for the last mails.
            "-DRecoveryEnvironmentBean.periodicRecoveryPeriod=10",
            "-DRecoveryEnvironmentBean.recoveryBackoffPeriod=2"));
  }

  /** Asks the drill servlet to notify, or (no query) what is still pending. */
  private static String drill(DrillServer server, String query)
      throws IOException, InterruptedException {
    var response = server.get("/drill" + query);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/drill" + query + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String pending(DrillServer server) throws IOException, InterruptedException {
    return drill(server, "");
  }

  String run(DrillServer server, GreenMail smtp, int count, double killAt) throws Exception {
    Instant started = Instant.now();
    server.start();
    Duration boot = Duration.between(started, Instant.now());
    Instant queued = Instant.now();
    for (int first = 0; first < count; first += 100) {
      drill(server, "?person=drill&first=" + first + "&last=" + Math.min(first + 99, count - 1));
    }
    Duration queueing = Duration.between(queued, Instant.now());
    int target = (int) Math.ceil(count * killAt);
    while (smtp.getReceivedMessages().length < target) {
      Thread.sleep(5);
    }
    server.kill();
    int atKill = smtp.getReceivedMessages().length;
    Instant killed = Instant.now();
    server.start();
    Duration restart = Duration.between(killed, Instant.now());
    String pending = drain(server, smtp, count);
    Duration total = Duration.between(started, Instant.now());
    Tally tally = Tally.of(smtp.getReceivedMessages(), count);
    long resent = lines(server.log(), "cut off before its final dot");
    long presumed = lines(server.log(), "presumed delivered (cut off after its final dot)");
    return tally.report(count, atKill, resent, presumed, pending)
        + "%ntimes: server start %d s, queueing %d ms, restart after the kill %d s, whole drill %d s%n"
            .formatted(
                boot.toSeconds(), queueing.toMillis(), restart.toSeconds(), total.toSeconds());
  }

  /** Waits until nothing is pending and no mail arrived for a while; returns what is pending. */
  private static String drain(DrillServer server, GreenMail smtp, int count) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    int seen = -1;
    Instant lastChange = Instant.now();
    String pending = pending(server);
    while (Instant.now().isBefore(deadline)) {
      int now = smtp.getReceivedMessages().length;
      if (now != seen) {
        seen = now;
        lastChange = Instant.now();
      }
      pending = pending(server);
      boolean quiet = Duration.between(lastChange, Instant.now()).compareTo(QUIET) > 0;
      if (pending.equals("waiting=0 mails=0") && now >= count && quiet) {
        break;
      }
      Thread.sleep(500);
    }
    return pending;
  }

  private static long lines(Path log, String text) throws Exception {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(text)).count();
    }
  }

  /** What arrived at the SMTP server, by drill number and by Message-ID. */
  record Tally(Map<Integer, List<String>> byNumber, int received) {

    static Tally of(MimeMessage[] mails, int count) throws MessagingException {
      Map<Integer, List<String>> byNumber = new HashMap<>();
      for (MimeMessage mail : mails) {
        int number = Integer.parseInt(mail.getSubject().replace("Drill mail ", ""));
        byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(mail.getMessageID());
      }
      return new Tally(byNumber, mails.length);
    }

    String report(int count, int atKill, long resent, long presumed, String pending) {
      long lost = count - byNumber.keySet().stream().filter(n -> n >= 0 && n < count).count();
      long twice = byNumber.values().stream().filter(ids -> ids.size() > 1).count();
      long twiceSameId =
          byNumber.values().stream()
              .filter(ids -> ids.size() > 1 && ids.stream().distinct().count() == 1)
              .count();
      long distinctIds = byNumber.values().stream().flatMap(List::stream).distinct().count();
      boolean passed = lost == 0 && twice == 0;
      return """
          # Corkboard mail crash drill

          %d notification e-mails queued; the server was killed with kill -9 after %d had arrived,
          then started again.

          | delivered | lost | twice | of which with the same Message-ID | received in all | distinct Message-IDs | resent, cut off before the dot | presumed delivered, cut off after it |
          |---:|---:|---:|---:|---:|---:|---:|---:|
          | %d | %d | %d | %d | %d | %d | %d | %d |

          still pending at the end: %s

          %s
          """
          .formatted(
              count,
              atKill,
              byNumber.size(),
              lost,
              twice,
              twiceSameId,
              received,
              distinctIds,
              resent,
              presumed,
              pending,
              passed ? "PASSED: every mail arrived exactly once." : "FAILED");
    }
  }
}
