package org.corkboard.resilience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corkboard.resilience.OutageLoad.Answer;

/**
 * Judges the answers of the outage drill: before the outage every step answers 200; while the
 * database is away, each answer is a page (200) or the clear 503 page; after its return, the node
 * answers normally again within {@link OutageDrill#RECOVERY_LIMIT}, with nothing but 200 after.
 */
record OutageVerdict(List<Answer> answers, long down, long up) {

  static final String MESSAGE = "Corkboard is having trouble reaching its database";

  /** The titles of {@code posted} that the database does not have. */
  static List<String> missingListings(Connection connection, Collection<String> posted)
      throws SQLException {
    List<String> missing = new ArrayList<>();
    try (var query = connection.prepareStatement("SELECT count(*) FROM listing WHERE title = ?")) {
      for (String title : posted) {
        query.setString(1, title);
        try (var result = query.executeQuery()) {
          result.next();
          if (result.getLong(1) != 1) {
            missing.add(title);
          }
        }
      }
    }
    return missing;
  }

  String report(int people, int posted, List<String> lost) {
    List<Answer> before = answers.stream().filter(a -> a.answered() < down).toList();
    List<Answer> meanwhile =
        answers.stream().filter(a -> a.answered() >= down && a.asked() <= up).toList();
    List<Answer> after = answers.stream().filter(a -> a.asked() > up).toList();
    long badBefore = before.stream().filter(a -> a.status() != 200).count();
    long badMeanwhile = meanwhile.stream().filter(a -> a.status() != 200 && !clear(a)).count();
    long unclearAfter = after.stream().filter(a -> a.status() != 200 && !clear(a)).count();
    double recovered = recoverySeconds(after);
    boolean passed =
        badBefore == 0
            && badMeanwhile == 0
            && unclearAfter == 0
            && recovered <= OutageDrill.RECOVERY_LIMIT.toSeconds()
            && after.stream().anyMatch(a -> a.step().equals("post: publish") && a.status() == 200)
            && lost.isEmpty();
    return """
        # Corkboard database outage drill

        PostgreSQL stopped (pg_ctl stop -m fast) for %.0f s under a steady load of %d people.

        | step | before: 200 | meanwhile: 200 | meanwhile: 503 page | meanwhile: other | after: 200 | after: 503 page | after: other |
        |---|---:|---:|---:|---:|---:|---:|---:|
        %s
        longest answer while the database was away: %.1f s; the 503 pages took %s
        answers other than 200 before the outage: %d
        the node answered normally again %.1f s after the database returned (limit %d s)
        posts answered with their page: %d, of them missing in the database: %d %s
        other answers meanwhile or after: %s

        %s
        """
        .formatted(
            (up - down) / 1e9,
            people,
            table(before, meanwhile, after),
            meanwhile.stream().mapToLong(a -> a.answered() - a.asked()).max().orElse(0) / 1e9,
            range(answers.stream().filter(OutageVerdict::clear).toList()),
            badBefore,
            recovered,
            OutageDrill.RECOVERY_LIMIT.toSeconds(),
            posted,
            lost.size(),
            lost,
            samples(meanwhile, after),
            passed ? "PASSED" : "FAILED");
  }

  /** The shortest and longest time of the answers, in seconds. */
  private static String range(List<Answer> answers) {
    var seconds =
        answers.stream().mapToDouble(a -> (a.answered() - a.asked()) / 1e9).summaryStatistics();
    return answers.isEmpty() ? "—" : "%.1f to %.1f s".formatted(seconds.getMin(), seconds.getMax());
  }

  /**
   * The 503 page with its message and no trace of an exception in what it shows, telling when to
   * try again.
   */
  static boolean clear(Answer answer) {
    String shown = shown(answer.body());
    return answer.status() == 503
        && answer.retryAfter().equals("60")
        && shown.contains(MESSAGE)
        && !shown.contains("Exception")
        && !shown.contains("\tat ");
  }

  /** The page's content, without its head (whose scripts may name anything). */
  private static String shown(String body) {
    int start = body.indexOf("<body");
    return start < 0 ? body : body.substring(start);
  }

  /** From the database's return until the end of the last answer that was not a page. */
  private double recoverySeconds(List<Answer> after) {
    long lastFailure =
        answers.stream()
            .filter(a -> a.answered() > up && a.status() != 200)
            .mapToLong(Answer::answered)
            .max()
            .orElse(up);
    return (lastFailure - up) / 1e9;
  }

  private static String table(List<Answer> before, List<Answer> meanwhile, List<Answer> after) {
    Map<String, long[]> rows = new TreeMap<>();
    count(rows, before, 0);
    count(rows, meanwhile, 1);
    count(rows, after, 4);
    return rows.entrySet().stream()
        .map(
            row ->
                "| "
                    + row.getKey()
                    + " | "
                    + Arrays.stream(row.getValue())
                        .mapToObj(String::valueOf)
                        .collect(Collectors.joining(" | "))
                    + " |")
        .collect(Collectors.joining("\n"));
  }

  /** Adds each answer to its step's row: 200, the 503 page, or other, from the column given. */
  private static void count(Map<String, long[]> rows, List<Answer> answers, int column) {
    for (Answer answer : answers) {
      long[] row = rows.computeIfAbsent(answer.step(), step -> new long[7]);
      if (column == 0) {
        row[0] += answer.status() == 200 ? 1 : 0;
      } else {
        row[column + (answer.status() == 200 ? 0 : clear(answer) ? 1 : 2)]++;
      }
    }
  }

  private static String shortened(String body) {
    String text = shown(body).replaceAll("\\s+", " ");
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** A few answers that were neither a page nor the 503 page, to see what went wrong. */
  private static String samples(List<Answer> meanwhile, List<Answer> after) {
    return Stream.concat(meanwhile.stream(), after.stream())
        .filter(a -> a.status() != 200 && !clear(a))
        .limit(5)
        .map(a -> a.step() + " " + a.status() + ": " + shortened(a.body()))
        .collect(Collectors.joining("; ", "[", "]"));
  }
}
