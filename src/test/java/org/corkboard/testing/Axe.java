package org.corkboard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page open in the browser with axe-core, Deque's accessibility engine, against its
 * default rules (WCAG 2.0/2.1 A and AA and best practices). Scripts the driver runs are exempt from
 * the page's content security policy, so the engine is injected as it is, from the test classpath.
 */
public final class Axe {

  private static final Set<String> FAILING = Set.of("serious", "critical");
  private static final String SOURCE = load("/axe.min.js");

  /** Runs axe-core and hands each violation back as plain values, one line per element. */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']})
        .then(results => done(results.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => n.target.join(' ') + ': '
              + (n.failureSummary || '').replace(/\\s*\\n\\s*/g, ' '))
        }))))
        .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
      """;

  private Axe() {}

  /** One rule the page breaks, with the elements that break it. */
  public record Violation(String id, String impact, String help, List<String> nodes) {

    boolean fails() {
      return FAILING.contains(impact) || "color-contrast".equals(id);
    }

    @Override
    public String toString() {
      return "- "
          + id
          + " ("
          + impact
          + "): "
          + help
          + nodes.stream().map(node -> "\n    " + node).collect(Collectors.joining());
    }
  }

  /** Fails with a readable list if the open page has a serious or critical violation. */
  public static void assertAccessible(Browser browser) {
    // A dialog fading in has its colours half blended with the page's, which axe-core would
    // judge; the page is checked as it is once PrimeFaces' (jQuery's) effects have ended.
    browser.waitUntil(
        driver ->
            (Boolean)
                ((JavascriptExecutor) driver)
                    .executeScript("return !window.jQuery || jQuery(':animated').length === 0;"));
    List<Violation> failing =
        violations(browser.driver()).stream().filter(Violation::fails).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(
          "axe-core found "
              + failing.size()
              + " serious or critical violation(s) on "
              + browser.url()
              + ":\n"
              + failing.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }
  }

  /** Every violation axe-core finds on the open page, whatever its impact. */
  @SuppressWarnings("unchecked")
  public static List<Violation> violations(WebDriver driver) {
    var js = (JavascriptExecutor) driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    js.executeScript(SOURCE);
    var found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
    return found.stream()
        .map(
            v ->
                new Violation(
                    (String) v.get("id"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    (List<String>) v.get("nodes")))
        .toList();
  }

  private static String load(String resource) {
    try (InputStream in = Axe.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath (test dependency com.deque.html.axe-core)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
