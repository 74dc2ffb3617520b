package org.corkboard.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.platform.Settings;

/**
 * Fills the board up to {@code corkboard.benchmark.listings} listings for the benchmark (see the
 * README), from the demo plan under ever new seeds, without pictures. Only with that property set
 * and on top of the demo data; each thousand listings is a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionManagement(TransactionManagementType.BEAN)
public class BenchmarkListings {

  private static final System.Logger LOG = System.getLogger(BenchmarkListings.class.getName());
  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Resource UserTransaction transaction;
  @Inject ListingRules rules;
  @Inject Categories categories;
  @Inject Clock clock;

  @PostConstruct
  void fill() {
    int target = Settings.number("corkboard.benchmark.listings", 0);
    long existing = count();
    if (target <= existing) {
      return;
    }
    long started = System.nanoTime();
    try {
      load(target - existing);
    } catch (Exception e) {
      throw new IllegalStateException("Benchmark listings not loaded", e);
    }
    LOG.log(
        Level.INFO,
        "Benchmark listings: {0} added in {1} s, {2} in all",
        target - existing,
        (System.nanoTime() - started) / 1_000_000_000,
        count());
  }

  private void load(long missing) throws Exception {
    List<Account> owners =
        em.createQuery(
                "SELECT a FROM Account a WHERE a.homeSite IS NOT NULL ORDER BY a.id", Account.class)
            .getResultList();
    Map<String, Category> bySlug = new HashMap<>();
    Map<String, List<CategoryField>> fields = new HashMap<>();
    em.createQuery("SELECT c FROM Category c", Category.class)
        .getResultList()
        .forEach(
            c -> {
              bySlug.put(c.getSlug(), c);
              fields.put(c.getSlug(), categories.fieldsFor(c));
            });
    Duration lifetime = rules.lifetime();
    long added = 0;
    for (long seed = DemoPlan.SEED + 1; added < missing; seed++) {
      List<Entry> plan =
          new DemoPlan(seed, clock.instant(), lifetime, Integer.MAX_VALUE)
              .listings(owners.size(), 0);
      transaction.begin();
      for (Entry entry : plan) {
        String slug = entry.template().category();
        if (added >= missing || !bySlug.containsKey(slug)) {
          continue;
        }
        var listing =
            DemoEntries.write(
                entry,
                em.merge(owners.get(entry.owner())),
                em.merge(bySlug.get(slug)),
                fields.get(slug),
                rules);
        em.persist(listing);
        DemoEntries.live(listing, entry, lifetime);
        if (++added % CHUNK == 0) {
          transaction.commit();
          em.clear();
          transaction.begin();
        }
      }
      transaction.commit();
      em.clear();
    }
  }

  private long count() {
    return em.createQuery("SELECT COUNT(l) FROM Listing l", Long.class).getSingleResult();
  }
}
