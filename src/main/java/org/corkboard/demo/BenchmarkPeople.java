package org.corkboard.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.entity.Account;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.entity.Category;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.platform.Settings;
import org.corkboard.site.control.SiteRepository;

/**
 * Adds {@code corkboard.benchmark.pairs} sellers with an active listing each and as many buyers
 * ({@code bench-seller-1}, {@code bench-buyer-1}..., the demo people's password) for the delivery
 * benchmark (see the README), which opens their conversations through the pages. Only on top of the
 * demo data, so never on a real board, and only once per database.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class BenchmarkPeople {

  private static final System.Logger LOG = System.getLogger(BenchmarkPeople.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AccountRepository accounts;
  @Inject SiteRepository sites;
  @Inject PasswordHasher hasher;
  @Inject ListingRules rules;
  @Inject Categories categories;
  @Inject Clock clock;

  @PostConstruct
  void add() {
    int pairs = Settings.number("corkboard.benchmark.pairs", 0);
    if (pairs <= 0
        || !Settings.flag("corkboard.demo")
        || DemoSafety.refusal(
                Settings.baseUrl(),
                Settings.get("corkboard.db", "h2"),
                Settings.flag("corkboard.demo.force"))
            .isPresent()
        || accounts.findByUsername(username("seller", 1)).isPresent()) {
      return;
    }
    // One hash for all: the password is the same, and Argon2 would add seconds per person.
    String hash = hasher.hash(DemoData.USER_PASSWORD);
    Iterator<Entry> plan = activeEntries();
    for (int pair = 1; pair <= pairs; pair++) {
      person(username("buyer", pair), "Buyer " + pair, hash);
      Account seller = person(username("seller", pair), "Seller " + pair, hash);
      Entry entry = plan.next();
      Category category =
          em.find(
              Category.class, categories.bySlug(entry.template().category()).orElseThrow().id());
      var listing =
          DemoEntries.write(entry, seller, category, categories.fieldsFor(category), rules);
      em.persist(listing);
      DemoEntries.live(listing, entry, rules.lifetime());
    }
    LOG.log(Level.INFO, "Benchmark people: {0} sellers with a listing each, {0} buyers", pairs);
  }

  /** The username of the benchmark's n-th buyer or seller. */
  static String username(String side, int n) {
    return "bench-" + side + "-" + n;
  }

  /** Active listings of the demo plan, any number of them. */
  private Iterator<Entry> activeEntries() {
    return Stream.iterate(DemoPlan.SEED - 1, seed -> seed - 1)
        .flatMap(
            seed ->
                new DemoPlan(seed, clock.instant(), rules.lifetime(), Integer.MAX_VALUE)
                    .listings(1, 0).stream())
        .filter(entry -> entry.status() == ListingStatus.ACTIVE)
        .filter(entry -> categories.bySlug(entry.template().category()).isPresent())
        .iterator();
  }

  private Account person(String username, String name, String hash) {
    Account account =
        new Account(username, username + "@corkboard.example", name, hash, Instant.now(clock));
    account.confirmEmail(account.getEmail());
    account.describe(name, null, sites.findAll().get(0), null);
    return accounts.store(account);
  }
}
