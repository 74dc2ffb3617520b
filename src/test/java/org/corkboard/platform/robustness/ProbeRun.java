package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corkboard.platform.robustness.FormPlan.Planned;
import org.corkboard.platform.robustness.Prober.Visitor;

/**
 * Walks the site as each visitor: first everything that may run at once, on a few threads (each
 * form's requests in order, as they share a view and a record), then the requests that change state
 * for good, one after another, and last those that end a session.
 */
public final class ProbeRun {

  /**
   * A visitor and the valid parameters of the pages they open (a listing of their own, their
   * e-mailed links); {@code pages} limits the pages walked, if not null.
   */
  public record Walker(
      Visitor visitor, Map<String, Map<String, String>> params, List<String> pages) {}

  private static final int THREADS = 4;

  private final Prober prober;
  private final SiteMap site;
  private final FormPlan plan;
  private final List<Runnable> now = new ArrayList<>();
  private final List<Runnable> late = new ArrayList<>();
  private final List<Runnable> leaving = new ArrayList<>();

  public ProbeRun(Prober prober, SiteMap site, FormPlan plan) {
    this.prober = prober;
    this.site = site;
    this.plan = plan;
  }

  /**
   * The parameters of the walker's pages (of every page, if it names none) and the servlets' paths,
   * malformed; valid ids of servlets by pattern.
   */
  public ProbeRun addAddresses(
      Walker walker, Map<String, String> servletIds, List<Malformed> values) {
    var queries = new QueryProbes(prober, values);
    site.pages.forEach(
        (page, params) -> {
          if (walker.pages() == null || walker.pages().contains(page)) {
            now.add(
                () ->
                    queries.page(
                        walker.visitor(),
                        page,
                        walker.params().getOrDefault(page, Map.of()),
                        params));
          }
        });
    site.servlets.forEach(
        (pattern, params) -> {
          String prefix = pattern.replace("*", "");
          String id = servletIds.get(pattern);
          if (id == null) {
            throw new AssertionError("A new servlet or filter: give a valid id for " + pattern);
          }
          now.add(() -> queries.servlet(walker.visitor(), prefix, id, params));
        });
    return this;
  }

  /** Every form on the walker's pages (and on the extra addresses), planned in page order. */
  public ProbeRun addForms(Walker walker, List<String> extraPages) {
    List<String> pages = new ArrayList<>();
    for (String page : walker.pages() != null ? walker.pages() : List.copyOf(site.pages.keySet())) {
      pages.add(page + QueryProbes.query(walker.params().getOrDefault(page, Map.of())));
    }
    pages.addAll(extraPages);
    var forms = new FormProbes(prober);
    for (String page : pages) {
      String html =
          prober
              .get(walker.visitor(), page, "the page, for its forms")
              .map(r -> r.body())
              .orElse("");
      List<Planned> planned = plan.plan(walker.visitor(), page, html);
      now.add(() -> planned.forEach(p -> forms.run(p.target(), p.now())));
      planned.forEach(p -> late.add(() -> forms.run(p.target(), p.late())));
      planned.forEach(p -> leaving.add(() -> forms.run(p.target(), p.leaving())));
    }
    return this;
  }

  /** Other requests that may run at any time, e.g. static files. */
  public ProbeRun add(Runnable probes) {
    now.add(probes);
    return this;
  }

  public void run() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      now.forEach(task -> running.add(threads.submit(task)));
      for (Future<?> task : running) {
        task.get();
      }
    } finally {
      threads.shutdownNow();
    }
    late.forEach(Runnable::run);
    leaving.forEach(Runnable::run);
  }
}
