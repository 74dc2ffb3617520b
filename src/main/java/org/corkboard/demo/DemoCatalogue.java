package org.corkboard.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corkboard.demo.DemoPictures.Theme;
import org.corkboard.listing.entity.ListingType;

/**
 * The items demo listings are made of, per category. A template's texts may hold choices, {@code
 * {red|blue}}, of which each listing gets one, and the places {@code {site}}, {@code {city}} and
 * {@code {town}}, filled in with where the listing is. Its details use the keys of the category's
 * fields: {@code rooms=1-3} is a number in that range, {@code available=+3..40} a date that many
 * days from today, anything else a text (with choices).
 */
final class DemoCatalogue {

  /** One kind of item; prices are whole euros, {@code low == 0} meaning no amount. */
  record Template(
      String top,
      String category,
      ListingType type,
      Motif motif,
      String label,
      String title,
      String description,
      int low,
      int high,
      String details,
      boolean hasCondition) {}

  /** A place near a site, where people live. */
  record Town(String city, String postalCode) {}

  private static final Pattern CHOICE = Pattern.compile("\\{([^{}]*\\|[^{}]*)}");

  private static final Map<String, Theme> THEMES =
      Map.of(
          "for-sale", Theme.of(0xFDEBD7, 0xF6C99F, 0x8A3B12, 0xF08A4B),
          "free-stuff", Theme.of(0xE0F5E9, 0xAEDFC2, 0x1D5E3C, 0x4CB27D),
          "wanted", Theme.of(0xEAE5FA, 0xC4B8EE, 0x45308A, 0x8C72D9),
          "housing", Theme.of(0xE1EEFA, 0xAFCFEE, 0x1F4E79, 0x4A90D0),
          "jobs", Theme.of(0xF7F0D8, 0xE8D79A, 0x6B5310, 0xD1A62A),
          "services", Theme.of(0xDDF3F3, 0xA6DADB, 0x155B5E, 0x35A3A7),
          "rides", Theme.of(0xFBE2DF, 0xF1B5AE, 0x8E2B22, 0xE0685A),
          "events", Theme.of(0xFAE1EF, 0xEDB2D2, 0x86215A, 0xD1558F),
          "lost-found", Theme.of(0xE6EAF0, 0xC0CAD8, 0x2F3D52, 0x6B81A3));

  private static final Map<String, List<Town>> TOWNS =
      Map.of(
          "Berlin",
              towns(
                  "14467 Potsdam", "13187 Berlin-Pankow", "12043 Berlin-Neukölln", "16321 Bernau"),
          "Munich",
              towns("85354 Freising", "85221 Dachau", "80801 München-Schwabing", "82319 Starnberg"),
          "Hamburg",
              towns(
                  "22765 Hamburg-Altona", "22846 Norderstedt", "21335 Lüneburg", "25421 Pinneberg"),
          "Frankfurt am Main",
              towns(
                  "63065 Offenbach",
                  "61348 Bad Homburg",
                  "64283 Darmstadt",
                  "60594 Frankfurt-Sachsenhausen"));

  private static final List<Template> ALL =
      Stream.of(DemoThings.templates(), DemoOffers.templates()).flatMap(List::stream).toList();

  private DemoCatalogue() {}

  static List<Template> all() {
    return ALL;
  }

  static Theme theme(String top) {
    return THEMES.get(top);
  }

  /** Towns around a site's city; a site elsewhere has its own city as its only town. */
  static List<Town> townsNear(String city, String postalCode) {
    return TOWNS.getOrDefault(city, List.of(new Town(city, postalCode)));
  }

  /** The text with one option of each choice, picked by {@code random}. */
  static String choose(String text, Random random) {
    Matcher matcher = CHOICE.matcher(text);
    StringBuilder chosen = new StringBuilder();
    while (matcher.find()) {
      String[] options = matcher.group(1).split("\\|", -1);
      matcher.appendReplacement(
          chosen, Matcher.quoteReplacement(options[random.nextInt(options.length)]));
    }
    matcher.appendTail(chosen);
    return chosen.toString();
  }

  /** The text with its places filled in. */
  static String place(String text, String site, String city, Town town) {
    return text.replace("{site}", site).replace("{city}", city).replace("{town}", town.city());
  }

  private static List<Town> towns(String... towns) {
    return Stream.of(towns)
        .map(t -> new Town(t.substring(t.indexOf(' ') + 1), t.substring(0, t.indexOf(' '))))
        .toList();
  }

  /**
   * Writes the templates of one top-level category: {@link #in} sets the category, type and motif
   * of the templates that follow, {@link #details} their default details.
   */
  static final class Section {
    private final String top;
    private final List<Template> templates = new ArrayList<>();
    private String category;
    private ListingType type;
    private Motif motif;
    private Motif next;
    private String details = "";
    private boolean hasCondition;

    Section(String top) {
      this.top = top;
    }

    Section in(String category, ListingType type, Motif motif) {
      this.category = category;
      this.type = type;
      this.motif = motif;
      this.details = "";
      this.hasCondition = type.hasCondition();
      return this;
    }

    Section details(String details) {
      this.details = details;
      return this;
    }

    /** Another motif for the next template only. */
    Section drawn(Motif motif) {
      this.next = motif;
      return this;
    }

    /** For things whose wear does not matter: tickets, found keys. */
    Section withoutCondition() {
      this.hasCondition = false;
      return this;
    }

    Section add(String label, String title, int low, int high, String description) {
      templates.add(
          new Template(
              top,
              category,
              type,
              next != null ? next : motif,
              label,
              title,
              description,
              low,
              high,
              details,
              hasCondition));
      next = null;
      return this;
    }

    Section add(String label, String title, String description) {
      return add(label, title, 0, 0, description);
    }

    List<Template> templates() {
      return List.copyOf(templates);
    }
  }
}
