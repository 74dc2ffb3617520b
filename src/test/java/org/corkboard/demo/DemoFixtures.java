package org.corkboard.demo;

import static org.corkboard.site.control.TownCoordinates.located;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.category.entity.Category;
import org.corkboard.site.entity.Site;

/**
 * The demo's sites (on the map, as DemoData places them), people and categories as plain objects,
 * for tests without a container.
 */
final class DemoFixtures {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Duration LIFETIME = Duration.ofDays(30);
  static final int PEOPLE = 12;
  static final int STAFF = 2;

  static final List<Site> SITES =
      List.of(
          located(new Site("Headquarters", "Berlin", "10115")),
          located(new Site("Research Campus", "Munich", "80331")),
          located(new Site("Plant North", "Hamburg", "20095")),
          located(new Site("Sales Office", "Frankfurt am Main", "60311")));

  private DemoFixtures() {}

  /** Like DemoData's: an administrator and a moderator first, then ten colleagues. */
  static List<Account> people() {
    List<Account> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      Account person = new Account("person" + i, "person" + i + "@example.com", "P" + i, "h", NOW);
      person.confirmEmail(person.getEmail());
      person.describe("Person " + i, null, SITES.get(i % SITES.size()), null);
      people.add(person);
    }
    people.get(0).grant(Role.ADMIN);
    people.get(1).grant(Role.MODERATOR);
    return people;
  }

  /** Every default category by slug, sub-categories under their parent. */
  static Map<String, Category> categories() {
    Map<String, Category> categories = new HashMap<>();
    DefaultTree.slugs()
        .forEach(
            (top, children) -> {
              Category parent = new Category(top, top, null, 0);
              categories.put(top, parent);
              children.forEach(
                  child -> categories.put(child, new Category(child, child, parent, 0)));
            });
    return categories;
  }

  static List<DemoPlan.Entry> plan() {
    return new DemoPlan(DemoPlan.SEED, NOW, LIFETIME, 50).listings(PEOPLE, STAFF);
  }
}
