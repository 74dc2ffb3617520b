package org.corkboard.listing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;
import org.corkboard.listing.control.ActiveCounts;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.ListingRepository.Scope;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Sort;
import org.corkboard.platform.Pages;

/** What anyone may browse: the newest listings, a category's listings, a person's listings. */
@Stateless
@PermitAll
public class Browsing {

  public static final int PAGE_SIZE = 24;

  @Inject ListingRepository repository;
  @Inject ActiveCounts counts;
  @Inject Categories categories;
  @Inject AccountRepository accounts;

  /** A top-level category with its number of active listings, its own and its children's. */
  public record Tile(String name, String slug, long count) {}

  /** One page of a category's listings. */
  public record CategoryPage(
      Node category, List<ListingCard> cards, int page, int pages, long total, Sort sort) {}

  public List<ListingCard> newest(int limit) {
    return repository.newest(limit);
  }

  public List<ListingCard> newestFree(int limit) {
    return repository.newestOfType(ListingType.FREE, limit);
  }

  public List<Tile> tiles() {
    Map<Long, Long> whole = activeCounts();
    return categories.tree().stream()
        .map(top -> new Tile(top.name(), top.slug(), whole.getOrDefault(top.id(), 0L)))
        .toList();
  }

  /**
   * The number of active listings of every category, by its id: a category's own and its
   * sub-categories', as its page lists them. Counted in one grouped query and kept for a minute at
   * most, as the home page's tiles are ({@link ActiveCounts}).
   */
  public Map<Long, Long> activeCounts() {
    Map<Long, Long> own = counts.byCategory();
    return categories
        .all()
        .collect(
            Collectors.toMap(
                Node::id,
                node ->
                    categories.subtreeIds(node).stream()
                        .mapToLong(id -> own.getOrDefault(id, 0L))
                        .sum()));
  }

  /** Page {@code page} (from 1) of the category's active listings and its sub-categories'. */
  public Optional<CategoryPage> category(String slug, Sort sort, int page) {
    return categories
        .bySlug(slug)
        .map(
            node -> {
              Scope scope = categories.isTopLevel(node) ? Scope.TOP_CATEGORY : Scope.CATEGORY;
              long total = counts.inCategory(scope, node.id(), sort);
              int pages = Pages.count(total, PAGE_SIZE);
              int current = Math.min(Math.max(1, page), pages);
              var cards =
                  repository.inCategory(
                      scope, node.id(), sort, (current - 1) * PAGE_SIZE, PAGE_SIZE);
              return new CategoryPage(node, cards, current, pages, total, sort);
            });
  }

  /**
   * The cards of these listings in the order given, leaving out any that are not active (any more):
   * a search index learns of a change a moment after the database.
   */
  public List<ListingCard> activeCards(List<Long> ids) {
    Map<Long, ListingCard> byId =
        repository.activeCards(ids).stream()
            .collect(Collectors.toMap(ListingCard::id, Function.identity()));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** A person's active listings, for their public profile. */
  public List<ListingCard> activeOf(String username) {
    return accounts
        .findByUsername(username)
        .map(owner -> repository.activeOfOwner(owner, 100))
        .orElse(List.of());
  }
}
