package org.corkboard.platform.robustness;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request sent and every bad answer, collected from all threads and reported grouped by
 * method, what was sent and what was wrong (with the paths, values and statuses of each group), so
 * that one run shows every cause at once.
 */
public final class Findings {

  private static final Pattern VISITOR = Pattern.compile("^as (\\w+): ");
  private static final Pattern FORM = Pattern.compile("^form ([\\w:-]+): ");
  private static final Pattern VALUE =
      Pattern.compile("<([\\w-]+)>|\"[^\"]*\"(?: \\(\\d+ chars\\))?");

  /** One bad answer: the request, what was sent, the status (0: none) and what was wrong. */
  public record Finding(String method, String path, String sent, int status, String problem) {

    /** Requests to /listings/12/a-title and /listings/13/b have one cause in common. */
    String route() {
      return path.replaceFirst("[?;].*", "").replaceAll("/\\d+(?=/|$)", "/{id}");
    }

    String visitor() {
      Matcher visitor = VISITOR.matcher(sent);
      return visitor.find() ? visitor.group(1) : "?";
    }

    /** What was sent, without visitor, form and value: "form: ViewState bogus", "id=<…>". */
    String probe() {
      String probe = FORM.matcher(VISITOR.matcher(sent).replaceFirst("")).replaceFirst("form: ");
      return VALUE.matcher(probe).replaceAll("<…>");
    }

    List<String> values() {
      return VALUE.matcher(sent).results().map(MatchResult -> MatchResult.group()).toList();
    }

    String group() {
      return method + " " + probe() + " -> " + problem;
    }
  }

  private final ConcurrentLinkedQueue<Finding> found = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();

  public void sent() {
    requests.incrementAndGet();
  }

  /** A planned request that was not sent, as its form was gone (e.g. a spent link's). */
  public void skipped() {
    skipped.incrementAndGet();
  }

  public void add(Finding finding) {
    found.add(finding);
  }

  public int requests() {
    return requests.get();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The bad answers by cause, each with its paths, values, statuses and an example. */
  public String report() {
    Map<String, List<Finding>> groups =
        found.stream()
            .collect(Collectors.groupingBy(Finding::group, TreeMap::new, Collectors.toList()));
    StringBuilder report =
        new StringBuilder(
            String.format(
                "%d of %d requests got a bad answer (%d planned requests skipped), in %d groups:%n",
                found.size(), requests(), skipped.get(), groups.size()));
    groups.forEach((group, findings) -> describe(report, group, findings));
    return report.toString();
  }

  private static void describe(StringBuilder report, String group, List<Finding> findings) {
    Finding example = findings.get(0);
    report.append(String.format("%n* %s%n", group));
    report.append(
        String.format(
            "    %d requests, status %s, as %s%n",
            findings.size(),
            distinct(findings.stream().map(Finding::status).toList()),
            distinct(findings.stream().map(Finding::visitor).toList())));
    report.append(
        String.format("    on %s%n", distinct(findings.stream().map(Finding::route).toList())));
    List<String> values = findings.stream().flatMap(f -> f.values().stream()).toList();
    if (!values.isEmpty()) {
      report.append(String.format("    values %s%n", distinct(values)));
    }
    report.append(
        String.format(
            "    e.g. %s %s  (%s)%n",
            example.method(), abbreviate(example.path()), example.sent()));
  }

  private static <T extends Comparable<T>> String distinct(Collection<T> items) {
    return abbreviate(new TreeSet<>(items).toString());
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
  }
}
