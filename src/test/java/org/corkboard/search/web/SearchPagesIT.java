package org.corkboard.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * The search page as a visitor uses it: words find listings with the words marked, facets narrow
 * and chips undo, a typo gets a "did you mean", and any parameter, however wrong, gets a page.
 */
class SearchPagesIT extends PagesTestBase {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private final WebClient visitor = new WebClient();

  @Test
  void wordsFindTheListingsWithTheWordsMarkedAndFacetsNarrowThem() throws Exception {
    String word = SearchWords.random();
    String owner = verifiedAccount();
    publishedListing(owner, "Trekking bike " + word);
    publishedListing(owner, "Folding bike " + word);

    Page result = awaitTotal("/search?q=" + word, 2);
    assertThat(result.html())
        .contains("<mark>" + word + "</mark>")
        .contains("Trekking bike")
        .contains("Folding bike");

    String forSale = facetLink(result, "category", "For sale");
    assertThat(forSale).contains("q=" + word).contains("category=");
    Page narrowed = visitor.get(facetLink(visitor.get(forSale), "category", "Bikes"));
    assertThat(total(narrowed)).isEqualTo(2);
    assertThat(narrowed.html()).contains("Category: Bikes");

    Page cheap = visitor.get("/search?q=" + word + "&max=50");
    assertThat(total(cheap)).isZero();
    assertThat(cheap.html()).contains("No listings match").contains("Up to €50");
    String withoutPrice = chipLink(cheap, "Up to €50");
    assertThat(total(visitor.get(withoutPrice))).isEqualTo(2);

    String headquarters = facetLink(visitor.get("/search"), "site", "Headquarters");
    assertThat(visitor.get(headquarters).html()).contains("Site: Headquarters");
  }

  @Test
  void aMisspeltWordFindsWhatItMeantAndSaysSo() throws Exception {
    String word = SearchWords.random();
    publishedListing(verifiedAccount(), "Rowing machine " + word);
    awaitTotal("/search?q=" + word, 1);

    String typo = word.substring(0, 4) + word.charAt(5) + word.charAt(4) + word.substring(6);
    Page page = visitor.get("/search?q=" + typo);

    assertThat(total(page)).isEqualTo(1);
    assertThat(page.html()).contains("Did you mean").contains(">" + word + "</a>");
  }

  @Test
  void draftsAreNeverFound() throws Exception {
    String word = SearchWords.random();
    String owner = verifiedAccount();
    draftListing(signedInAs(owner), "Draft sofa " + word);
    publishedListing(owner, "Published sofa " + word);

    Page page = awaitTotal("/search?q=" + word, 1);

    assertThat(page.html()).contains("Published sofa").doesNotContain("Draft sofa");
  }

  @Test
  void anyParameterGetsAPageWithANoteAndNeverAnError() throws Exception {
    List<String> queries =
        List.of(
            "q=%22unbalanced+quote",
            "q=*",
            "q=the+and+of",
            "q=" + "x".repeat(10_000),
            "radius=-5&near=Hamburg",
            "radius=1e9&near=Hamburg",
            "near=Qxzyville&sort=distance",
            "page=101",
            "page=abc&min=cheap&max=%C3%28",
            "category=-1&type=%3Cscript%3E&posted=99999",
            "q=%3Cscript%3Ealert(1)%3C/script%3E");
    for (String query : queries) {
      Page page = visitor.get("/search?" + query);
      assertThat(page.status()).as(query).isEqualTo(200);
      assertThat(page.html()).as(query).doesNotContain("<script>alert(1)");
    }
    assertThat(visitor.get("/search?radius=-5&near=Hamburg").html())
        .contains("The radius must be between 1 and 200 km");
    assertThat(visitor.get("/search?near=Qxzyville").html())
        .contains("No site or town called “Qxzyville” is known");
    assertThat(visitor.get("/search?page=101").html()).contains("Only the first 100 pages");
  }

  /** Asks for suggestions until they hold the text: the test server rebuilds them every second. */
  static Page awaitSuggestion(WebClient visitor, String typed, String text) throws Exception {
    Instant giveUp = Instant.now().plus(PATIENCE);
    Page suggested = visitor.get("/search/suggest?q=" + typed);
    while (!suggested.html().contains(text) && Instant.now().isBefore(giveUp)) {
      Thread.sleep(300);
      suggested = visitor.get("/search/suggest?q=" + typed);
    }
    return suggested;
  }

  @Test
  void theSearchBoxSuggestsTitlesAndCategories() throws Exception {
    String word = SearchWords.random();
    publishedListing(verifiedAccount(), "Tandem bike " + word);

    Page suggested = awaitSuggestion(visitor, word.substring(0, 7), "Tandem bike " + word);
    assertThat(suggested.html())
        .contains("\"text\":\"Tandem bike " + word + "\"")
        .contains("\"url\":\"/search?q=Tandem+bike+" + word + "\"");
    assertThat(suggested.header("Content-Type"))
        .anyMatch(type -> type.startsWith("application/json"));
    assertThat(suggested.header("Cache-Control")).anyMatch(cache -> cache.contains("max-age"));

    assertThat(visitor.get("/search/suggest?q=Bike").html())
        .containsPattern(
            "\"text\":\"Bikes\",\"kind\":\"category\",\"url\":\"/search\\?category=\\d+\"");
    assertThat(visitor.get("/search/suggest?q=").html()).isEqualTo("{\"suggestions\":[]}");
  }

  @Test
  void aClientSearchingFasterThanAPersonIsAskedToWait() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(12);
    try {
      List<Future<Page>> answers = new ArrayList<>();
      for (int i = 0; i < 1200; i++) {
        String path = i % 2 == 0 ? "/search?q=lamp" : "/search/suggest?q=lam";
        answers.add(clients.submit(() -> new WebClient().get(path)));
      }
      List<Page> refused = new ArrayList<>();
      for (Future<Page> answer : answers) {
        Page page = answer.get();
        assertThat(page.status()).as(page.url()).isIn(200, 429);
        if (page.status() == 429) {
          refused.add(page);
        }
      }
      assertThat(refused).as("searches refused").anyMatch(page -> page.url().contains("q=lamp"));
      assertThat(refused)
          .as("suggestions refused")
          .anyMatch(page -> page.url().contains("suggest"));
      for (Page page : refused) {
        assertThat(page.header("Retry-After")).containsExactly("1");
        assertThat(page.header("X-Content-Type-Options")).containsExactly("nosniff");
        if (!page.url().contains("suggest")) {
          assertThat(page.html()).contains("Too many searches at once");
        }
      }
    } finally {
      clients.shutdownNow();
      // The next tests search from the same address: let its allowance fill up again.
      Thread.sleep(4_000);
    }
  }

  /** The page once it finds this many: the index learns of a listing a moment after its commit. */
  private Page awaitTotal(String path, int expected) throws Exception {
    Instant giveUp = Instant.now().plus(PATIENCE);
    Page page = visitor.get(path);
    while (total(page) != expected && Instant.now().isBefore(giveUp)) {
      Thread.sleep(200);
      page = visitor.get(path);
    }
    assertThat(total(page)).as(path).isEqualTo(expected);
    return page;
  }

  private static int total(Page page) {
    Matcher total = Pattern.compile("id=\"total\"[^>]*>(\\d+) listing").matcher(page.html());
    assertThat(total.find()).as("a total on " + page.url()).isTrue();
    return Integer.parseInt(total.group(1));
  }

  private static String facetLink(Page page, String facet, String label) {
    Matcher section =
        Pattern.compile("id=\"facet-" + facet + "\".*?</section>", Pattern.DOTALL)
            .matcher(page.html());
    assertThat(section.find()).as("facet " + facet).isTrue();
    Matcher link =
        Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(label) + "</a>")
            .matcher(section.group());
    assertThat(link.find()).as(label + " in facet " + facet).isTrue();
    return unescape(link.group(1));
  }

  private static String chipLink(Page page, String label) {
    Matcher link =
        Pattern.compile("<a class=\"cb-chip\" href=\"([^\"]+)\"[^>]*>" + Pattern.quote(label))
            .matcher(page.html());
    assertThat(link.find()).as("chip " + label).isTrue();
    return unescape(link.group(1));
  }

  private static String unescape(String href) {
    return href.replace("&amp;", "&");
  }
}
