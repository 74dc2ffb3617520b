package org.corkboard.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed mix of searches the benchmark sends, built from the words of real listing titles so
 * that queries find something: one word, two words, a misspelt word, a word with filters, filters
 * without words (facets only), a radius around a town, and the search box's suggestions.
 */
final class SearchScenarios {

  private static final Pattern TITLE = Pattern.compile("class=\"cb-card-title\">([^<]+)<");
  private static final Pattern CATEGORY_ID = Pattern.compile("category=(\\d+)");
  private static final List<String> TOWNS =
      List.of("Berlin", "Hamburg", "Munich", "Frankfurt am Main", "Cologne", "Stuttgart");
  private static final List<String> PRICES =
      List.of("&min=25&max=100", "&min=100&max=500", "&max=25", "&min=500&max=2000");

  private final List<String> words;
  private final List<String> categoryIds;

  private SearchScenarios(List<String> words, List<String> categoryIds) {
    this.words = words;
    this.categoryIds = categoryIds;
  }

  /** The words of the titles on these pages, and the category ids the search page links to. */
  static SearchScenarios from(List<String> pages, String searchPage) {
    List<String> words = new ArrayList<>();
    for (String page : pages) {
      Matcher title = TITLE.matcher(page);
      while (title.find()) {
        for (String word : title.group(1).split("[^\\p{L}]+")) {
          if (word.length() >= 4) {
            words.add(word.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    List<String> categoryIds = new ArrayList<>();
    Matcher category = CATEGORY_ID.matcher(searchPage);
    while (category.find()) {
      categoryIds.add(category.group(1));
    }
    if (words.isEmpty() || categoryIds.isEmpty()) {
      throw new IllegalStateException("No titles or categories to build searches from");
    }
    return new SearchScenarios(
        words.stream().distinct().toList(), categoryIds.stream().distinct().toList());
  }

  Map<String, Supplier<String>> scenarios() {
    Map<String, Supplier<String>> scenarios = new LinkedHashMap<>();
    scenarios.put("search: one word", () -> "/search?q=" + word());
    scenarios.put("search: two words", () -> "/search?q=" + word() + "+" + word());
    scenarios.put("search: misspelt word", () -> "/search?q=" + misspelt(word()));
    scenarios.put(
        "search: word and filters",
        () -> "/search?q=" + word() + "&category=" + pick(categoryIds) + pick(PRICES));
    scenarios.put(
        "search: facets only",
        () ->
            "/search?category=" + pick(categoryIds) + (random().nextBoolean() ? pick(PRICES) : ""));
    scenarios.put(
        "search: radius",
        () -> "/search?near=" + pick(TOWNS).replace(' ', '+') + "&radius=50&sort=distance");
    scenarios.put(
        "suggestions", () -> "/search/suggest?q=" + word().substring(0, 2 + random().nextInt(3)));
    return scenarios;
  }

  private String word() {
    return pick(words);
  }

  /** Two neighbouring letters swapped: the most common typo. */
  private static String misspelt(String word) {
    int i = 1 + random().nextInt(word.length() - 2);
    char[] letters = word.toCharArray();
    char swap = letters[i];
    letters[i] = letters[i + 1];
    letters[i + 1] = swap;
    return new String(letters);
  }

  private static <T> T pick(List<T> items) {
    return items.get(random().nextInt(items.size()));
  }

  private static ThreadLocalRandom random() {
    return ThreadLocalRandom.current();
  }
}
