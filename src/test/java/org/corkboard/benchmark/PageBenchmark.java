package org.corkboard.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.WebClient;

/**
 * Measures the home, category and listing pages of a running Corkboard under concurrent users,
 * beside a static HTML file of the listing page's size served by the same server. Listing pages are
 * measured twice: drawn from the few hundred listings the first category pages link to (all in the
 * server's cache once warm), and drawn from all active listings (mostly not). Run by the {@code
 * benchmark} Maven profile (see the README); prints requests per second and latency percentiles,
 * and writes them to target/benchmark/results.md.
 */
public final class PageBenchmark {

  private static final Pattern CATEGORY = Pattern.compile("href=\"/category\\?c=([a-z0-9-]+)\"");
  private static final String DASHBOARD = "/admin/";

  private final String base;
  private final int users;
  private final Duration warmUp;
  private final Duration measure;
  private final boolean pages;
  private String administratorSession;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  PageBenchmark(String base, int users, Duration warmUp, Duration measure, boolean pages) {
    this.pages = pages;
    this.base = base;
    this.users = users;
    this.warmUp = warmUp;
    this.measure = measure;
  }

  /**
   * Arguments: base URL, JBoss home, users, warm-up seconds, measured seconds, the search index's
   * folder, and whether to measure the browsing pages too (else only search, beside the static
   * page: at a million listings, learning every listing's address takes too long).
   */
  public static void main(String[] args) throws Exception {
    // Where the test's web client, which signs the administrator in, finds the server.
    System.setProperty("corkboard.base-url", args[0]);
    var benchmark =
        new PageBenchmark(
            args[0],
            Integer.parseInt(args[2]),
            Duration.ofSeconds(Long.parseLong(args[3])),
            Duration.ofSeconds(Long.parseLong(args[4])),
            Boolean.parseBoolean(args[6]));
    Path deployments = Path.of(args[1], "standalone", "deployments");
    String report = benchmark.run(deployments, new ServerFacts(Path.of(args[1]), Path.of(args[5])));
    System.out.println(report);
    Path results = Path.of("target", "benchmark", "results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, report);
  }

  String run(Path deployments, ServerFacts server) throws Exception {
    Optional<Long> indexBuilt = server.awaitIndex(Duration.ofHours(1));
    List<String> categories = matches(get("/"), CATEGORY).stream().distinct().toList();
    List<String> listings = new ArrayList<>();
    List<String> categoryPages = new ArrayList<>();
    for (String slug : categories) {
      for (int page = 1; page <= 3; page++) {
        String html = get("/category?c=" + slug + "&page=" + page);
        categoryPages.add(html);
        listings.addAll(ActiveListings.linkedFrom(html));
      }
    }
    List<String> everyListing = pages ? everyListing(categories) : List.of();
    String sample = get(listings.get(0));
    StaticPage staticPage =
        StaticPage.deploy(deployments, sample.getBytes(StandardCharsets.UTF_8).length);
    try {
      waitFor(staticPage.path());
      Map<String, Supplier<String>> scenarios = new LinkedHashMap<>();
      scenarios.put("static HTML (" + staticPage.bytes() / 1024 + " KB)", staticPage::path);
      if (pages) {
        scenarios.put("home", () -> "/");
        scenarios.put(
            "category",
            () ->
                "/category?c="
                    + pick(categories)
                    + "&page="
                    + (1 + ThreadLocalRandom.current().nextInt(3))
                    + (ThreadLocalRandom.current().nextBoolean() ? "" : "&sort=price-low"));
        scenarios.put("listing", () -> pick(listings));
        scenarios.put("random listing", () -> pick(everyListing));
        administratorSession = signedInAdministrator();
        scenarios.put("dashboard (administrator)", () -> DASHBOARD);
      }
      scenarios.putAll(SearchScenarios.from(categoryPages, get("/search")).scenarios());
      var report =
          new StringBuilder(header(listings.size(), categories.size(), everyListing.size()));
      // The server compiles its hot code paths while it runs, and on two cores under load that
      // takes minutes; the pages share most of that code, so one mixed warm-up serves them all.
      List<Supplier<String>> all = List.copyOf(scenarios.values());
      drive(() -> pick(all).get(), warmUp);
      for (var scenario : scenarios.entrySet()) {
        Result result = drive(scenario.getValue(), measure);
        report.append(result.row(scenario.getKey())).append('\n');
        System.out.println(result.row(scenario.getKey()));
      }
      report.append(facts(server, indexBuilt));
      return report.toString();
    } finally {
      staticPage.remove();
    }
  }

  /** The addresses of all active listings, read from every page of every category. */
  private List<String> everyListing(List<String> categories) throws Exception {
    long started = System.nanoTime();
    List<String> everyListing = ActiveListings.of(this::get, categories, users);
    System.out.printf(
        "Read the addresses of %d active listings in %d s.%n",
        everyListing.size(), (System.nanoTime() - started) / 1_000_000_000);
    return everyListing;
  }

  private static String facts(ServerFacts server, Optional<Long> indexBuilt) throws Exception {
    return "%nSearch index: %s, %d MB on disk. Server heap after a full GC: %s.%n"
        .formatted(
            indexBuilt
                .map(seconds -> "built in " + seconds + " s")
                .orElse("caught up (not rebuilt)"),
            server.indexMegabytes(),
            server.heapAfterFullGcMegabytes().map(mb -> mb + " MB").orElse("not measured"));
  }

  private String header(int listingPool, int categoryCount, int activeListings) {
    return "Corkboard page benchmark: %d concurrent users, %d s per page after a %d s mixed warm-up;%n"
            .formatted(users, measure.toSeconds(), warmUp.toSeconds())
        + "listing pages drawn from %d listings in %d categories, random listing pages from all %d active listings.%n%n"
            .formatted(listingPool, categoryCount, activeListings)
        + "| page | requests/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n";
  }

  /** Closed model: each user sends the next request as soon as the previous one is answered. */
  private Result drive(Supplier<String> paths, Duration duration) throws InterruptedException {
    AtomicBoolean running = new AtomicBoolean(true);
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    int[] errors = new int[users];
    for (int u = 0; u < users; u++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int user = u;
      Thread thread =
          new Thread(
              () -> {
                int n = 0;
                while (running.get() && n < mine.length) {
                  long start = System.nanoTime();
                  try {
                    var response =
                        http.send(request(paths.get()), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                      errors[user]++;
                    }
                  } catch (IOException | InterruptedException e) {
                    errors[user]++;
                  }
                  mine[n++] = System.nanoTime() - start;
                }
                mine[mine.length - 1] = n;
              });
      thread.start();
      threads.add(thread);
    }
    Thread.sleep(duration.toMillis());
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    return Result.of(latencies, Arrays.stream(errors).sum(), duration);
  }

  record Result(long requests, double perSecond, double p50, double p95, double p99, int errors) {

    static Result of(List<long[]> perUser, int errors, Duration duration) {
      long total = perUser.stream().mapToLong(a -> a[a.length - 1]).sum();
      long[] all = new long[(int) total];
      int i = 0;
      for (long[] latencies : perUser) {
        int n = (int) latencies[latencies.length - 1];
        System.arraycopy(latencies, 0, all, i, n);
        i += n;
      }
      Arrays.sort(all);
      return new Result(
          total,
          total / (double) duration.toSeconds(),
          percentile(all, 50),
          percentile(all, 95),
          percentile(all, 99),
          errors);
    }

    private static double percentile(long[] sorted, double p) {
      return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p / 100 * sorted.length) - 1] / 1e6;
    }

    String row(String page) {
      return String.format(
          Locale.ROOT,
          "| %s | %.0f | %.1f | %.1f | %.1f | %d |",
          page,
          perSecond,
          p50,
          p95,
          p99,
          errors);
    }
  }

  /** A static HTML page of a given size, deployed beside Corkboard by the deployment scanner. */
  record StaticPage(Path war, int bytes) {

    static StaticPage deploy(Path deployments, int bytes) throws IOException {
      Path war = deployments.resolve("benchmark-static.war");
      Files.createDirectories(war);
      String head = "<!DOCTYPE html><html><head><title>Static</title></head><body><p>";
      String tail = "</p></body></html>";
      Files.writeString(
          war.resolve("listing.html"),
          head + "x".repeat(Math.max(0, bytes - head.length() - tail.length())) + tail);
      Files.writeString(deployments.resolve("benchmark-static.war.dodeploy"), "");
      return new StaticPage(war, bytes);
    }

    String path() {
      return "/benchmark-static/listing.html";
    }

    void remove() throws IOException {
      Path deployments = war.getParent();
      Files.deleteIfExists(deployments.resolve("benchmark-static.war.dodeploy"));
      Files.writeString(deployments.resolve("benchmark-static.war.undeploy"), "");
      try (var files = Files.walk(war)) {
        files
            .sorted((a, b) -> b.getNameCount() - a.getNameCount())
            .forEach(p -> p.toFile().delete());
      }
      try (var markers = Files.list(deployments)) {
        markers
            .filter(p -> p.getFileName().toString().startsWith("benchmark-static.war."))
            .filter(p -> !p.getFileName().toString().endsWith(".undeploy"))
            .forEach(p -> p.toFile().delete());
      }
    }
  }

  private void waitFor(String path) throws Exception {
    for (int i = 0; i < 60; i++) {
      if (http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(path + " was not deployed");
  }

  private String get(String path) throws IOException, InterruptedException {
    return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
  }

  private HttpRequest request(String path) {
    var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (path.equals(DASHBOARD)) {
      request.header("Cookie", "JSESSIONID=" + administratorSession);
    }
    return request.build();
  }

  /**
   * The session of the demo board's administrator, for the dashboard: its counts and charts are
   * aggregated over every listing, so it is measured at the benchmark's size like the pages.
   */
  private String signedInAdministrator() throws Exception {
    var browser = new WebClient();
    browser.submit(
        browser.get("/account/sign-in"),
        "signIn",
        Map.of("identifier", "admin", "password", "admin-corkboard-dev"),
        "submit");
    administratorSession = browser.cookie("JSESSIONID").orElseThrow();
    if (!get(DASHBOARD).contains("id=\"countPeople\"")) {
      throw new IllegalStateException("The demo administrator could not open the dashboard.");
    }
    return administratorSession;
  }

  private static List<String> matches(String html, Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static <T> T pick(List<T> items) {
    return items.get(ThreadLocalRandom.current().nextInt(items.size()));
  }
}
