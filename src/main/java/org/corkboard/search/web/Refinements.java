package org.corkboard.search.web;

import static org.corkboard.search.control.SearchParameters.CATEGORY;
import static org.corkboard.search.control.SearchParameters.CONDITION;
import static org.corkboard.search.control.SearchParameters.MAX_PRICE;
import static org.corkboard.search.control.SearchParameters.MIN_PRICE;
import static org.corkboard.search.control.SearchParameters.NEAR;
import static org.corkboard.search.control.SearchParameters.PICTURES;
import static org.corkboard.search.control.SearchParameters.POSTED_WITHIN;
import static org.corkboard.search.control.SearchParameters.RADIUS;
import static org.corkboard.search.control.SearchParameters.SITE;
import static org.corkboard.search.control.SearchParameters.TYPE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.search.control.ListingFilters;
import org.corkboard.search.control.PriceBand;
import org.corkboard.search.control.SearchResults;
import org.corkboard.search.control.SearchResults.FacetCount;

/**
 * What narrows a result and what undoes it: the facets beside the hits, each value a link with its
 * count, and a removable chip for every filter in force.
 */
final class Refinements {

  /** A value of a facet: following the link narrows the search to it (or, if chosen, undoes it). */
  public record FacetLink(String label, long count, String url, boolean chosen, boolean nested) {}

  public record FacetGroup(String id, String title, List<FacetLink> links) {}

  /** A filter in force, and the link to the same search without it. */
  public record Chip(String label, String removeUrl) {}

  private final SearchLinks links;
  private final ListingFilters filters;
  private final SearchResults results;
  private final Categories categories;
  private final Map<Long, String> siteNames;

  Refinements(
      SearchLinks links,
      ListingFilters filters,
      SearchResults results,
      Categories categories,
      Map<Long, String> siteNames) {
    this.links = links;
    this.filters = filters;
    this.results = results;
    this.categories = categories;
    this.siteNames = siteNames;
  }

  List<FacetGroup> groups() {
    return List.of(
            new FacetGroup("category", "Category", categoryLinks()),
            new FacetGroup("type", "Type", termLinks(TYPE, filters.type(), Refinements::typeLabel)),
            new FacetGroup("price", "Price", priceLinks()),
            new FacetGroup(
                "condition",
                "Condition",
                termLinks(CONDITION, filters.condition(), Refinements::conditionLabel)),
            new FacetGroup(
                "site",
                "Site",
                termLinks(
                    SITE,
                    filters.siteId() == null ? null : filters.siteId().toString(),
                    this::siteLabel)),
            new FacetGroup("posted", "Posted", postedLinks()))
        .stream()
        .filter(group -> !group.links().isEmpty())
        .toList();
  }

  List<Chip> chips() {
    List<Chip> chips = new ArrayList<>();
    chosenCategory()
        .ifPresent(
            node -> chips.add(new Chip("Category: " + node.name(), links.without(CATEGORY))));
    if (filters.type() != null) {
      chips.add(new Chip("Type: " + typeLabel(filters.type()), links.without(TYPE)));
    }
    if (filters.hasPriceFilter()) {
      chips.add(new Chip(priceLabel(), links.without(MIN_PRICE, MAX_PRICE)));
    }
    if (filters.condition() != null) {
      chips.add(
          new Chip("Condition: " + conditionLabel(filters.condition()), links.without(CONDITION)));
    }
    if (filters.siteId() != null) {
      chips.add(new Chip("Site: " + siteLabel(filters.siteId().toString()), links.without(SITE)));
    }
    if (filters.near() != null) {
      String near = links.value(NEAR);
      chips.add(
          new Chip(
              filters.radiusKm() == null
                  ? "Near " + near
                  : "Within " + filters.radiusKm() + " km of " + near,
              links.without(NEAR, RADIUS)));
    }
    if (filters.withPictures()) {
      chips.add(new Chip("With pictures", links.without(PICTURES)));
    }
    if (filters.postedWithinDays() != null) {
      chips.add(new Chip(postedLabel(filters.postedWithinDays()), links.without(POSTED_WITHIN)));
    }
    return chips;
  }

  private Optional<Node> chosenCategory() {
    return Optional.ofNullable(filters.categoryId()).flatMap(categories::byId);
  }

  /**
   * The top-level categories; once one is chosen, it and its sub-categories (the counts of a facet
   * leave its own filter out, so the neighbours of a chosen category keep theirs).
   */
  private List<FacetLink> categoryLinks() {
    Map<String, Long> counts = counts("category");
    Optional<Node> chosen = chosenCategory();
    Optional<Node> focus =
        chosen.map(
            node -> node.children().isEmpty() ? categories.parentOf(node).orElse(node) : node);
    List<FacetLink> result = new ArrayList<>();
    if (focus.isEmpty()) {
      categories.tree().forEach(top -> add(result, top, counts, false));
    } else {
      result.add(new FacetLink("All categories", 0, links.without(CATEGORY), false, false));
      add(result, focus.get(), counts, false);
      focus.get().children().forEach(child -> add(result, child, counts, true));
    }
    return result;
  }

  private void add(List<FacetLink> result, Node node, Map<String, Long> counts, boolean nested) {
    long count = counts.getOrDefault(Long.toString(node.id()), 0L);
    boolean chosen = Objects.equals(filters.categoryId(), node.id());
    if (count > 0 || chosen) {
      result.add(
          new FacetLink(
              node.name(),
              count,
              chosen ? links.without(CATEGORY) : links.with(CATEGORY, node.id()),
              chosen,
              nested));
    }
  }

  private List<FacetLink> termLinks(
      String parameter, String chosen, Function<String, String> label) {
    return results.facet(parameter).stream()
        .map(
            value -> {
              boolean isChosen = value.value().equals(chosen);
              return new FacetLink(
                  label.apply(value.value()),
                  value.count(),
                  isChosen ? links.without(parameter) : links.with(parameter, value.value()),
                  isChosen,
                  false);
            })
        .toList();
  }

  private List<FacetLink> priceLinks() {
    Map<String, Long> counts = counts("price");
    return Arrays.stream(PriceBand.values())
        .filter(band -> counts.containsKey(band.key()))
        .map(
            band -> {
              boolean chosen = isChosen(band);
              return new FacetLink(
                  band.label(),
                  counts.get(band.key()),
                  chosen
                      ? links.without(MIN_PRICE, MAX_PRICE)
                      : links.with(
                          MIN_PRICE, euros(band.minCents()), MAX_PRICE, euros(maxOf(band))),
                  chosen,
                  false);
            })
        .toList();
  }

  private List<FacetLink> postedLinks() {
    return results.facet("posted").stream()
        .map(
            value -> {
              int days = Integer.parseInt(value.value());
              boolean chosen = Objects.equals(filters.postedWithinDays(), days);
              return new FacetLink(
                  postedLabel(days),
                  value.count(),
                  chosen ? links.without(POSTED_WITHIN) : links.with(POSTED_WITHIN, days),
                  chosen,
                  false);
            })
        .toList();
  }

  private Map<String, Long> counts(String facet) {
    return results.facet(facet).stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }

  private boolean isChosen(PriceBand band) {
    return Objects.equals(filters.minPriceCents(), band.minCents())
        && Objects.equals(filters.maxPriceCents(), maxOf(band));
  }

  /** The highest price of a band as the filter keeps it: none for the open-ended top band. */
  private static Long maxOf(PriceBand band) {
    return band.maxCents() == Long.MAX_VALUE ? null : band.maxCents();
  }

  private static String euros(Long cents) {
    return cents == null ? null : BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
  }

  /** A price band's own label when the filter is one, else the range in euros. */
  private String priceLabel() {
    for (PriceBand band : PriceBand.values()) {
      if (isChosen(band)) {
        return band.label();
      }
    }
    String min = euros(filters.minPriceCents());
    String max = euros(filters.maxPriceCents());
    if (min != null && max != null) {
      return "€" + min + " – €" + max;
    }
    return min != null ? "From €" + min : "Up to €" + max;
  }

  private static String postedLabel(int days) {
    return days == 1 ? "Last 24 hours" : "Last " + days + " days";
  }

  private static String typeLabel(String name) {
    return Arrays.stream(ListingType.values())
        .filter(type -> type.name().equals(name))
        .findFirst()
        .map(ListingType::label)
        .orElse(name);
  }

  private static String conditionLabel(String name) {
    return Arrays.stream(Condition.values())
        .filter(condition -> condition.name().equals(name))
        .findFirst()
        .map(Condition::label)
        .orElse(name);
  }

  private String siteLabel(String id) {
    try {
      return siteNames.getOrDefault(Long.parseLong(id), "Site " + id);
    } catch (NumberFormatException e) {
      return id;
    }
  }
}
