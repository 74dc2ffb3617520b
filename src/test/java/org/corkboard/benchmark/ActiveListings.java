package org.corkboard.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.listing.boundary.Browsing;

/**
 * The address of every active listing, read off every page of every top-level category before the
 * measurement starts. The benchmark sees the server only as a client does, and listing ids cannot
 * be guessed: they come in blocks from a sequence, and drafts, sold, closed and expired listings
 * sit between the active ones.
 */
final class ActiveListings {

  private static final Pattern LISTING = Pattern.compile("href=\"(/listings/\\d+/[^\"]+)\"");
  private static final Pattern TOTAL = Pattern.compile("<span class=\"cb-muted\">(\\d+) listings");

  /** Reads a page of the running server. */
  interface Pages {
    String get(String path) throws IOException, InterruptedException;
  }

  /** The listings a category page links to, in page order. */
  static List<String> linkedFrom(String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = LISTING.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** Every active listing once, reading the categories' pages with the given number of threads. */
  static List<String> of(Pages pages, List<String> topCategories, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> reads = new ArrayList<>();
      long total = 0;
      for (String slug : topCategories) {
        String first = pages.get(path(slug, 1));
        long count = total(first, slug);
        total += count;
        reads.add(pool.submit(() -> linkedFrom(first)));
        for (int page = 2; (page - 1L) * Browsing.PAGE_SIZE < count; page++) {
          String path = path(slug, page);
          reads.add(pool.submit(() -> linkedFrom(pages.get(path))));
        }
      }
      var listings = new LinkedHashSet<String>();
      for (Future<List<String>> read : reads) {
        listings.addAll(read.get());
      }
      if (listings.isEmpty()) {
        throw new IllegalStateException("The category pages link to no listing");
      }
      if (listings.size() != total) {
        // Possible if listings expire while the pages are read; the draw stays nearly uniform.
        System.err.printf(
            "The categories count %d active listings, their pages link to %d%n",
            total, listings.size());
      }
      return List.copyOf(listings);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String path(String slug, int page) {
    return "/category?c=" + slug + "&page=" + page;
  }

  private static long total(String html, String slug) {
    Matcher total = TOTAL.matcher(html);
    if (!total.find()) {
      throw new IllegalStateException("No number of listings on the page of category " + slug);
    }
    return Long.parseLong(total.group(1));
  }
}
