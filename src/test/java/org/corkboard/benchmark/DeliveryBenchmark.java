package org.corkboard.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.WebClient;

/**
 * Measures how long a chat message takes from one person's send until it shows on the other's open
 * page, with every pair of a running Corkboard's benchmark people (see {@code BenchmarkPeople})
 * signed in, their conversation's page open and its live socket connected. Each pair writes at a
 * jittered interval; a send is the chat form's POST, and the receiving page re-reads the
 * conversation on the live hint as site.js does. Run by the {@code delivery-benchmark} Maven
 * profile (see the README); prints the figures and writes them to
 * target/delivery-benchmark/results.md.
 */
public final class DeliveryBenchmark {

  private static final String PASSWORD = "user-corkboard-dev";
  private static final Pattern CONVERSATION =
      Pattern.compile("id=\"conversationLink\" href=\"/inbox/(\\d+)\"");
  private static final Pattern OPENED = Pattern.compile("/inbox/(\\d+)");

  private final int pairs;
  private final Duration measure;
  private final Duration interval;
  private final Duration patience;
  private final List<Long> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> posts = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger noHint = new AtomicInteger();
  private final AtomicInteger notShown = new AtomicInteger();

  DeliveryBenchmark(int pairs, Duration measure, Duration interval, Duration patience) {
    this.pairs = pairs;
    this.measure = measure;
    this.interval = interval;
    this.patience = patience;
  }

  /**
   * Arguments: pairs, measured seconds, mean milliseconds between a pair's messages, miss after.
   */
  public static void main(String[] args) throws Exception {
    var benchmark =
        new DeliveryBenchmark(
            Integer.parseInt(args[0]),
            Duration.ofSeconds(Long.parseLong(args[1])),
            Duration.ofMillis(Long.parseLong(args[2])),
            Duration.ofSeconds(Long.parseLong(args[3])));
    String report = benchmark.run();
    System.out.println(report);
    Path results = Path.of("target", "delivery-benchmark", "results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, report);
  }

  String run() throws Exception {
    HttpClient sockets = HttpClient.newHttpClient();
    ExecutorService setUp = Executors.newFixedThreadPool(8);
    List<Future<ChatUser[]>> opening = new ArrayList<>();
    for (int pair = 1; pair <= pairs; pair++) {
      int n = pair;
      opening.add(setUp.submit((Callable<ChatUser[]>) () -> pair(n)));
    }
    List<ChatUser[]> chats = new ArrayList<>();
    for (var pair : opening) {
      ChatUser[] people = pair.get();
      for (ChatUser person : people) {
        person.open(sockets, new Recorder());
      }
      chats.add(people);
    }
    setUp.shutdown();
    System.out.printf("%d people signed in with their conversation open.%n", 2 * chats.size());
    long start = System.nanoTime();
    ExecutorService writers = Executors.newFixedThreadPool(chats.size());
    for (ChatUser[] pair : chats) {
      writers.execute(() -> write(pair, start + measure.toNanos()));
    }
    writers.shutdown();
    writers.awaitTermination(measure.toSeconds() + 60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    Thread.sleep(patience.toMillis());
    int reconnects = 0;
    for (ChatUser[] pair : chats) {
      for (ChatUser person : pair) {
        countMisses(person);
        reconnects += person.reconnects();
        person.close();
      }
    }
    System.out.printf("Sockets cut and opened again: %d%n", reconnects);
    return report(seconds);
  }

  /** Signs in the pair's buyer and seller; the buyer opens or finds their conversation. */
  private ChatUser[] pair(int n) throws Exception {
    String buyerName = "bench-buyer-" + n;
    String sellerName = "bench-seller-" + n;
    WebClient buyer = WebClient.signedIn(buyerName, PASSWORD);
    WebClient seller = WebClient.signedIn(sellerName, PASSWORD);
    String listing =
        ActiveListings.linkedFrom(buyer.get("/account/user?name=" + sellerName).html()).get(0);
    var page = buyer.get(listing);
    Matcher existing = CONVERSATION.matcher(page.html());
    if (!existing.find()) {
      page =
          buyer
              .form(page, "contactForm")
              .set("text", "Hello, is it still available?")
              .header("Origin", WebClient.BASE)
              .press("sendMessage");
      existing = OPENED.matcher(page.url());
      if (!existing.find()) {
        throw new IllegalStateException(buyerName + " could not write: " + page.url());
      }
    }
    long conversation = Long.parseLong(existing.group(1));
    return new ChatUser[] {
      new ChatUser(buyerName, buyer, conversation), new ChatUser(sellerName, seller, conversation)
    };
  }

  /** One pair's conversation: a message from either side every interval, jittered ±50%. */
  private void write(ChatUser[] pair, long end) {
    var random = ThreadLocalRandom.current();
    try {
      Thread.sleep(random.nextLong(interval.toMillis()));
      while (System.nanoTime() < end) {
        int from = random.nextInt(2);
        ChatUser sender = pair[from];
        ChatUser receiver = pair[1 - from];
        sender.later(() -> send(sender, receiver));
        Thread.sleep(interval.toMillis() / 2 + random.nextLong(interval.toMillis()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(ChatUser sender, ChatUser receiver) {
    String text = "m" + sent.incrementAndGet() + "x" + Long.toHexString(System.nanoTime());
    long start = System.nanoTime();
    receiver.expected.put(text, start);
    try {
      long took = sender.send(text);
      if (took < 0) {
        receiver.expected.remove(text);
        refused.incrementAndGet();
      } else {
        posts.add(took);
      }
    } catch (Exception e) {
      receiver.expected.remove(text);
      failures.incrementAndGet();
    }
  }

  /** Texts still expected after the run are misses: either no hint came, or it did not show. */
  private void countMisses(ChatUser person) {
    for (Map.Entry<String, Long> waiting : person.expected.entrySet()) {
      if (person.lastHint() > waiting.getValue()) {
        notShown.incrementAndGet();
      } else {
        noHint.incrementAndGet();
      }
    }
  }

  private final class Recorder implements ChatUser.Delivered {
    @Override
    public void took(ChatUser to, long nanos) {
      if (nanos > patience.toNanos()) {
        notShown.incrementAndGet();
      } else {
        deliveries.add(nanos);
      }
    }

    @Override
    public void failed(ChatUser to, Exception e) {
      failures.incrementAndGet();
      System.err.println("Re-read of " + to.username() + " failed: " + e);
    }
  }

  private String report(double seconds) {
    List<Long> delivered = sorted(deliveries);
    List<Long> sends = sorted(posts);
    int misses = noHint.get() + notShown.get();
    return String.format(
        Locale.ROOT,
        """
        Corkboard delivery benchmark: %d people (%d pairs) signed in, each with their conversation \
        open and its live socket connected; each pair writes every %.1f s on average (±50%%), \
        for %.0f s; a miss is a message not shown within %d s.

        | messages | delivered | misses (no hint / not shown) | refused or failed | sends/s \
        | p50 ms | p95 ms | p99 ms | max ms | send POST p50 ms | send POST p95 ms |
        |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
        | %d | %d | %d (%d / %d) | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |
        """,
        2 * pairs,
        pairs,
        interval.toMillis() / 1000.0,
        seconds,
        patience.toSeconds(),
        sent.get(),
        delivered.size(),
        misses,
        noHint.get(),
        notShown.get(),
        refused.get() + failures.get(),
        sent.get() / seconds,
        percentile(delivered, 50),
        percentile(delivered, 95),
        percentile(delivered, 99),
        percentile(delivered, 100),
        percentile(sends, 50),
        percentile(sends, 95));
  }

  private static List<Long> sorted(List<Long> nanos) {
    synchronized (nanos) {
      List<Long> copy = new ArrayList<>(nanos);
      Collections.sort(copy);
      return copy;
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p / 100 * sorted.size()) - 1) / 1e6;
  }
}
