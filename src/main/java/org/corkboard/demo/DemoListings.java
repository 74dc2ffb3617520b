package org.corkboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingRepository;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.control.PictureStore;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;

/**
 * Puts the demo plan ({@link DemoPlan}) on the board, in the caller's transaction: each listing
 * written, published and ended by {@link DemoEntries} through the listing's own verbs and the
 * checks posting applies, its pictures added by {@link DemoShots}. Not through the posting service,
 * which wants a signed-in caller and limits how much one person posts in an hour.
 */
@ApplicationScoped
public class DemoListings {

  private static final System.Logger LOG = System.getLogger(DemoListings.class.getName());

  @Inject ListingRepository repository;
  @Inject PictureStore store;
  @Inject ListingRules rules;
  @Inject Categories categories;
  @Inject Clock clock;

  /**
   * Loads the plan's listings for these people (who each have a home site). A listing whose
   * category is gone (a changed tree) is left out.
   */
  public void load(List<Account> people) {
    long started = System.nanoTime();
    List<Account> owners = staffFirst(people);
    int staff = (int) owners.stream().filter(DemoListings::isStaff).count();
    Duration lifetime = rules.lifetime();
    List<Entry> plan =
        new DemoPlan(DemoPlan.SEED, clock.instant(), lifetime, rules.maxActive())
            .listings(owners.size(), staff);
    Map<String, Category> bySlug = categoriesBySlug();
    Map<String, List<CategoryField>> fields = new HashMap<>();
    bySlug.forEach((slug, category) -> fields.put(slug, categories.fieldsFor(category)));
    Map<ListingStatus, Integer> counts = new EnumMap<>(ListingStatus.class);
    var pictures = new DemoShots(store, repository);
    for (Entry entry : plan) {
      String slug = entry.template().category();
      if (bySlug.containsKey(slug)) {
        Account owner = owners.get(entry.owner());
        Listing listing =
            repository.store(
                DemoEntries.write(entry, owner, bySlug.get(slug), fields.get(slug), rules));
        pictures.add(listing, entry, entry.created().plusSeconds(60));
        DemoEntries.live(listing, entry, lifetime);
        counts.merge(listing.getStatus(), 1, Integer::sum);
      }
    }
    LOG.log(
        Level.INFO,
        "Demo listings loaded: {0}, {1} pictures ({2} drawn) in {3} ms",
        counts,
        pictures.stored(),
        pictures.drawn(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static List<Account> staffFirst(List<Account> people) {
    return Stream.concat(
            people.stream().filter(DemoListings::isStaff), people.stream().filter(p -> !isStaff(p)))
        .toList();
  }

  private Map<String, Category> categoriesBySlug() {
    Map<String, Category> bySlug = new HashMap<>();
    categories.tree().stream()
        .flatMap(top -> Stream.concat(Stream.of(top), top.children().stream()))
        .map(Node::id)
        .forEach(id -> categories.find(id).ifPresent(c -> bySlug.put(c.getSlug(), c)));
    return bySlug;
  }

  private static boolean isStaff(Account account) {
    return account.hasRole(Role.ADMIN) || account.hasRole(Role.MODERATOR);
  }
}
