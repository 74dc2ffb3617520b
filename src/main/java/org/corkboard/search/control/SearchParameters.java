package org.corkboard.search.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a search from GET parameters, as typed or tampered with. A value that cannot be used is
 * left out, one out of range is brought into range, and either way a note tells the person why.
 */
public final class SearchParameters {

  public static final String TEXT = "q";
  public static final String CATEGORY = "category";
  public static final String TYPE = "type";
  public static final String SITE = "site";
  public static final String MIN_PRICE = "min";
  public static final String MAX_PRICE = "max";
  public static final String CONDITION = "condition";
  public static final String PICTURES = "pictures";
  public static final String POSTED_WITHIN = "posted";
  public static final String NEAR = "near";
  public static final String RADIUS = "radius";
  public static final String SORT = "sort";
  public static final String PAGE = "page";
  public static final String SIZE = "size";

  public static final int MIN_RADIUS_KM = 1;
  public static final int MAX_RADIUS_KM = 200;
  public static final int MAX_DAYS = 365;

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,39}");
  private static final Pattern EUROS = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

  /** The longest place name looked up; no town or site has a longer one. */
  private static final int MAX_PLACE_LENGTH = 100;

  private final Map<String, String> parameters;
  private final PlaceFinder places;
  private final List<String> notes = new ArrayList<>();

  SearchParameters(Map<String, String> parameters, PlaceFinder places) {
    this.parameters = parameters;
    this.places = places;
  }

  SearchRequest request(Instant now) {
    QueryText text = QueryText.parse(value(TEXT));
    if (text.shortened()) {
      notes.add("Only the beginning of the long search text was used.");
    }
    GeoPoint near = point();
    Long minPrice = cents(MIN_PRICE, "lowest price");
    Long maxPrice = cents(MAX_PRICE, "highest price");
    if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
      notes.add("The lowest price was above the highest; they were swapped.");
      Long swap = minPrice;
      minPrice = maxPrice;
      maxPrice = swap;
    }
    ListingFilters filters =
        new ListingFilters(
            id(CATEGORY, "category"),
            name(TYPE, "type"),
            id(SITE, "site"),
            minPrice,
            maxPrice,
            name(CONDITION, "condition"),
            flag(PICTURES),
            postedWithin(),
            near,
            radius(near));
    return new SearchRequest(text, filters, sort(near), page(), size(), now, notes);
  }

  private String value(String name) {
    String value = parameters.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Long id(String parameter, String what) {
    Long id = number(parameter);
    if (value(parameter) != null && (id == null || id < 1)) {
      notes.add("The " + what + " was not understood and was left out.");
      return null;
    }
    return id;
  }

  private String name(String parameter, String what) {
    String value = value(parameter);
    if (value != null && !NAME.matcher(value).matches()) {
      notes.add("The " + what + " was not understood and was left out.");
      return null;
    }
    return value;
  }

  private boolean flag(String parameter) {
    String value = value(parameter);
    return value != null && List.of("true", "on", "yes", "1").contains(value.toLowerCase());
  }

  private Long cents(String parameter, String what) {
    String value = value(parameter);
    if (value == null) {
      return null;
    }
    String amount = value.replace("€", "").strip();
    if (!EUROS.matcher(amount).matches()) {
      notes.add("The " + what + " must be an amount in euros, like 25 or 25.50; it was left out.");
      return null;
    }
    return new BigDecimal(amount.replace(',', '.')).movePointRight(2).longValueExact();
  }

  private Integer postedWithin() {
    Long days = number(POSTED_WITHIN);
    if (value(POSTED_WITHIN) != null && (days == null || days < 1 || days > MAX_DAYS)) {
      notes.add("“Posted within” must be between 1 and " + MAX_DAYS + " days; it was left out.");
      return null;
    }
    return days == null ? null : days.intValue();
  }

  private GeoPoint point() {
    String typed = value(NEAR);
    if (typed == null) {
      return null;
    }
    GeoPoint point = typed.length() > MAX_PLACE_LENGTH ? null : places.find(typed).orElse(null);
    if (point == null) {
      notes.add(
          "No site or town called “%s” is known; distances are left out.".formatted(clip(typed)));
    }
    return point;
  }

  private static String clip(String typed) {
    return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
  }

  private Integer radius(GeoPoint near) {
    if (value(RADIUS) == null) {
      return null;
    }
    if (near == null) {
      notes.add("A radius needs a place; it was left out.");
      return null;
    }
    Long asked = number(RADIUS);
    long radius =
        asked == null ? MAX_RADIUS_KM : Math.max(MIN_RADIUS_KM, Math.min(asked, MAX_RADIUS_KM));
    if (asked == null || asked != radius) {
      notes.add(
          "The radius must be between %d and %d km; showing %d km."
              .formatted(MIN_RADIUS_KM, MAX_RADIUS_KM, radius));
    }
    return (int) radius;
  }

  private SearchSort sort(GeoPoint near) {
    String value = value(SORT);
    SearchSort sort = value == null ? null : SearchSort.ofParameter(value).orElse(null);
    if (value != null && sort == null) {
      notes.add("The order was not understood; the default order is used.");
    }
    if (sort == SearchSort.DISTANCE && near == null) {
      notes.add("Sorting by distance needs a place; the default order is used.");
      return null;
    }
    return sort;
  }

  private int page() {
    Long page = number(PAGE);
    if (value(PAGE) != null && (page == null || page < 1)) {
      notes.add("The page was not understood; showing the first page.");
      return 1;
    }
    if (page != null && page > SearchRequest.MAX_PAGE) {
      notes.add("Only the first %d pages can be shown.".formatted(SearchRequest.MAX_PAGE));
      return SearchRequest.MAX_PAGE;
    }
    return page == null ? 1 : page.intValue();
  }

  private int size() {
    Long size = number(SIZE);
    return size == null
        ? SearchRequest.DEFAULT_SIZE
        : (int) Math.max(1, Math.min(size, SearchRequest.MAX_SIZE));
  }

  /** The whole number in the parameter, or null when there is none or it is not one. */
  private Long number(String parameter) {
    String value = value(parameter);
    if (value == null || value.length() > 18 || !value.matches("-?\\d+")) {
      return null;
    }
    return Long.parseLong(value);
  }
}
