package org.corkboard.demo;

import static org.corkboard.site.control.TownCoordinates.located;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.PasswordHasher;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Settings;
import org.corkboard.site.control.SiteRepository;
import org.corkboard.site.entity.Site;

/**
 * Loads the demonstration sites and people (same data every time), and then their listings: see
 * {@link DemoListings}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "CategorySeeding"})
public class DemoData {

  private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
  private static final Instant LAUNCH = Instant.parse("2026-01-05T08:00:00Z");

  /** Development-only passwords, listed in the README. */
  static final String ADMIN_PASSWORD = "admin-corkboard-dev";

  static final String MODERATOR_PASSWORD = "moderator-corkboard-dev";
  static final String USER_PASSWORD = "user-corkboard-dev";

  @Inject AccountRepository accounts;
  @Inject SiteRepository sites;
  @Inject PasswordHasher hasher;
  @Inject DemoListings listings;
  @Inject DemoAudit audit;
  @Inject DemoReports reports;
  @Inject DemoWordList wordList;

  @PostConstruct
  void load() {
    if (!Settings.flag("corkboard.demo") || refused() || !accounts.isEmpty()) {
      return;
    }
    List<Site> offices =
        List.of(
            sites.store(located(new Site("Headquarters", "Berlin", "10115"))),
            sites.store(located(new Site("Research Campus", "Munich", "80331"))),
            sites.store(located(new Site("Plant North", "Hamburg", "20095"))),
            sites.store(located(new Site("Sales Office", "Frankfurt am Main", "60311"))));
    Account admin = person("admin", "Ada Admin", offices.get(0), ADMIN_PASSWORD, 0);
    admin.grant(Role.ADMIN);
    Account moderator =
        person("moderator", "Moritz Moderator", offices.get(1), MODERATOR_PASSWORD, 1);
    moderator.grant(Role.MODERATOR);
    List<Account> everyone = new ArrayList<>(List.of(admin, moderator));
    String[][] people = {
      {"alice", "Alice Becker"}, {"bruno", "Bruno Costa"}, {"chen", "Chen Wei"},
      {"dilara", "Dilara Yilmaz"}, {"emil", "Emil Novak"}, {"fatou", "Fatou Diallo"},
      {"greta", "Greta Lindqvist"}, {"hugo", "Hugo Martin"}, {"ines", "Inês Almeida"},
      {"jonas", "Jonas Weber"}
    };
    for (int i = 0; i < people.length; i++) {
      everyone.add(
          person(
              people[i][0], people[i][1], offices.get(i % offices.size()), USER_PASSWORD, i + 2));
    }
    audit.load(admin, moderator, everyone.get(everyone.size() - 1), LAUNCH);
    LOG.log(Level.INFO, "Demo data loaded: {0} sites, {1} people", offices.size(), everyone.size());
    listings.load(everyone);
    reports.load(everyone, moderator);
    wordList.load(admin, accounts.findByUsername("greta").orElseThrow());
  }

  private static boolean refused() {
    var refusal =
        DemoSafety.refusal(
            Settings.baseUrl(),
            Settings.get("corkboard.db", "h2"),
            Settings.flag("corkboard.demo.force"));
    refusal.ifPresent(
        reason ->
            LOG.log(
                Level.WARNING,
                "Demo data NOT loaded although corkboard.demo=true: {0}, which looks like a real"
                    + " board, and the demo accounts (an administrator among them) have published"
                    + " passwords. Set corkboard.demo.force=true to load it anyway.",
                reason));
    return refusal.isPresent();
  }

  private Account person(String username, String name, Site site, String password, int day) {
    Account account =
        new Account(
            username,
            username + "@corkboard.example",
            name,
            hasher.hash(password),
            LAUNCH.plus(day, ChronoUnit.DAYS));
    account.confirmEmail(account.getEmail());
    account.describe(name, null, site, null);
    return accounts.store(account);
  }
}
