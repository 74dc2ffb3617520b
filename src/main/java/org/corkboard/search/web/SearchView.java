package org.corkboard.search.web;

import static org.corkboard.search.control.SearchParameters.PAGE;
import static org.corkboard.search.control.SearchParameters.SORT;
import static org.corkboard.search.control.SearchParameters.TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corkboard.category.boundary.Categories;
import org.corkboard.listing.boundary.Browsing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.platform.Pages;
import org.corkboard.search.boundary.Places;
import org.corkboard.search.boundary.SearchIndex;
import org.corkboard.search.control.SearchRequest;
import org.corkboard.search.control.SearchResults;
import org.corkboard.search.control.SearchResults.Hit;
import org.corkboard.search.control.SearchSort;
import org.corkboard.search.web.Refinements.Chip;
import org.corkboard.search.web.Refinements.FacetGroup;

/**
 * /search?q=…&amp;category=…: the search page. Every choice on it is a GET parameter (see {@link
 * SearchLinks}); what cannot be used is left out with a note. The index finds the ids and the
 * highlighted words, the database gives the cards as browsing shows them, and only active listings.
 */
@Named
@RequestScoped
public class SearchView {

  /** A card of the result, with its matched words marked and its distance. */
  public record Result(ListingCard card, String titleHtml, String snippetHtml, String distance) {}

  /** An order to offer, with the link that applies it. */
  public record SortLink(String label, String url, boolean current) {}

  @Inject SearchIndex index;
  @Inject Browsing browsing;
  @Inject Categories categories;
  @Inject Clock clock;
  @Inject Places places;

  private SearchLinks links;
  private SearchRequest request;
  private SearchResults results;
  private List<Result> cards;
  private List<FacetGroup> facets;
  private List<Chip> chips;
  private List<SortLink> sorts;
  private List<String> siteNames;

  /**
   * Runs the search of the request's parameters, once. Called by the page's view action and by
   * every getter: a post-back of the page's form that is refused before the view action still
   * renders the page.
   */
  public void load() {
    if (results != null) {
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    links =
        SearchLinks.of(
            external.getRequestContextPath() + "/search", external.getRequestParameterMap());
    request = SearchRequest.parse(links.values(), clock.instant(), places.finder());
    results = index.search(request);
    cards = cardsOf(results.hits());
    // Made once: a ui:repeat asks for its list again at every row.
    Refinements refinements =
        new Refinements(links, request.filters(), results, categories, places.siteNames());
    facets = refinements.groups();
    chips = refinements.chips();
  }

  private List<Result> cardsOf(List<Hit> hits) {
    Map<Long, Hit> byId = hits.stream().collect(Collectors.toMap(Hit::id, Function.identity()));
    return browsing.activeCards(hits.stream().map(Hit::id).toList()).stream()
        .map(
            card -> {
              Hit hit = byId.get(card.id());
              return new Result(
                  card, hit.titleHtml(), hit.snippetHtml(), distance(hit.distanceKm()));
            })
        .toList();
  }

  private static String distance(Double km) {
    if (km == null) {
      return null;
    }
    return km < 1 ? "under 1 km away" : Math.round(km) + " km away";
  }

  public SearchResults getResults() {
    load();
    return results;
  }

  public List<Result> getCards() {
    load();
    return cards;
  }

  /** The cards alone, for what every card list of the site is told (the hearts). */
  public List<ListingCard> getListingCards() {
    load();
    return cards.stream().map(Result::card).toList();
  }

  public SearchLinks getLinks() {
    load();
    return links;
  }

  /** The words typed, as typed, or empty. */
  public String getText() {
    load();
    String text = links.value(TEXT);
    return text == null ? "" : text;
  }

  /** A name to offer when the search is saved: the words, else the first filter, else "All". */
  public String getSuggestedName() {
    if (!getText().isEmpty()) {
      return getText().length() > 100 ? getText().substring(0, 100) : getText();
    }
    List<Chip> chips = getChips();
    return chips.isEmpty() ? "All listings" : chips.get(0).label();
  }

  public boolean hasWords() {
    load();
    return !request.text().isEmpty();
  }

  public List<FacetGroup> getFacets() {
    load();
    return facets;
  }

  public List<Chip> getChips() {
    load();
    return chips;
  }

  public String getDidYouMeanUrl() {
    load();
    return results.didYouMean() == null ? null : links.with(TEXT, results.didYouMean());
  }

  /**
   * The sites' names for the "near" box, from the places kept for every search, not the database.
   */
  public List<String> getSiteNames() {
    if (siteNames == null) {
      siteNames = places.siteNames().values().stream().sorted().toList();
    }
    return siteNames;
  }

  /** The orders that make sense for this search: relevance needs words, distance a place. */
  public List<SortLink> getSorts() {
    load();
    if (sorts == null) {
      SearchSort current = results.sort();
      sorts =
          java.util.Arrays.stream(SearchSort.values())
              .filter(sort -> sort != SearchSort.RELEVANCE || hasWords())
              .filter(sort -> sort != SearchSort.DISTANCE || request.filters().near() != null)
              .map(
                  sort ->
                      new SortLink(
                          label(sort), links.with(SORT, sort.parameter()), sort == current))
              .toList();
    }
    return sorts;
  }

  private static String label(SearchSort sort) {
    return switch (sort) {
      case RELEVANCE -> "Best match";
      case NEWEST -> "Newest";
      case PRICE_LOW -> "Price: low to high";
      case PRICE_HIGH -> "Price: high to low";
      case DISTANCE -> "Nearest";
    };
  }

  public List<Integer> getPageLinks() {
    load();
    return Pages.links(results.page(), results.pages());
  }

  public String pageUrl(int page) {
    load();
    return links.with(PAGE, page);
  }
}
