package org.corkboard.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.audit.AdminCalls.assertRefused;
import static org.corkboard.testing.Identities.run;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.AdminCalls;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.search.IndexedIds;
import org.corkboard.search.boundary.Places;
import org.corkboard.site.boundary.SiteAdministration;
import org.corkboard.site.boundary.SiteForm;
import org.corkboard.site.boundary.Sites;
import org.corkboard.site.entity.Site;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators add and change the company's sites: names unique, coordinates within range or
 * taken from the town list, a stale form refused, each change audited, and the search page's site
 * names following at once; nobody else changes a site. Each test names its sites with a word of its
 * own.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SiteAdministrationIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SiteAdministrationIT.class, IndexedIds.class, AdminCalls.class);
  }

  @Inject SiteAdministration administration;
  @Inject Sites sites;
  @Inject Places places;
  @Inject AuditLog auditLog;
  @Inject TestAccounts testAccounts;

  private AdminCalls admin;
  private String word;

  @BeforeEach
  void anAdministratorAndAWordOfTheirOwn() {
    admin = new AdminCalls(testAccounts.create("site-admin", Role.ADMIN), auditLog);
    word = IndexedIds.randomWord();
  }

  private <T> T asAdmin(Callable<T> call) throws Exception {
    return admin.call(call);
  }

  private SiteForm form(String name, Double latitude, Double longitude, boolean fromTown) {
    return new SiteForm(name, "Hafenstraße 1", "20457", "Hamburg", latitude, longitude, fromTown);
  }

  private long add(SiteForm form) throws Exception {
    return asAdmin(() -> administration.add(form));
  }

  private Site site(long id) {
    return sites.find(id).orElseThrow();
  }

  @Test
  void anAddedSiteIsOfferedAtOnceAndAudited() throws Exception {
    long id = add(form("Harbour " + word, 53.54, 9.99, false));
    assertThat(places.siteNames()).containsEntry(id, "Harbour " + word);
    assertThat(site(id).getCoordinates().getLatitude()).isEqualTo(53.54);
    assertThat(site(id).address()).isEqualTo("Hafenstraße 1, 20457 Hamburg");
    AuditEntry entry = myEntries().get(0);
    assertThat(entry.getAction()).isEqualTo(SiteAdministration.ADDED);
    assertThat(entry.getSubjectId()).isEqualTo(Long.toString(id));
    assertThat(entry.getAfter())
        .isEqualTo("Harbour " + word + ", Hafenstraße 1, 20457 Hamburg (53.54, 9.99)");
  }

  @Test
  void aSiteIsPlacedFromItsTown() throws Exception {
    long id = add(form("Town " + word, null, null, true));
    assertThat(site(id).getCoordinates().getLatitude()).isBetween(53.0, 54.0);
    SiteForm unknown =
        new SiteForm("Nowhere " + word, null, "1", "Qqxyzzy" + word, null, null, true);
    assertRefused(() -> add(unknown), "city", "does not know");
    long unplaced = add(form("Unplaced " + word, null, null, false));
    assertThat(site(unplaced).getCoordinates()).isNull();
  }

  @Test
  void coordinatesAndNamesAreChecked() throws Exception {
    assertRefused(() -> add(form("A " + word, 91.0, 0.0, false)), "latitude", "between -90 and 90");
    assertRefused(() -> add(form("A " + word, 0.0, -180.5, false)), "longitude", "-180 and 180");
    assertRefused(() -> add(form("A " + word, 10.0, null, false)), "longitude", "both");
    assertRefused(() -> add(form("A " + word, Double.NaN, 1.0, false)), "latitude", "between");
    add(form("Taken " + word, null, null, false));
    assertRefused(() -> add(form("TAKEN " + word, null, null, false)), "name", "already");
    assertThatThrownBy(() -> add(form(" ", null, null, false)))
        .hasStackTraceContaining("Give the site a name.");
  }

  @Test
  void anEditIsMadeOnTheVersionReadAndAudited() throws Exception {
    long id = add(form("Old " + word, null, null, false));
    long version = site(id).getVersion();
    asAdmin(run(() -> administration.change(id, version, form("New " + word, 53.5, 10.0, false))));
    assertThat(places.siteNames()).containsEntry(id, "New " + word);
    assertThat(site(id).getCoordinates().getLongitude()).isEqualTo(10.0);
    AuditEntry entry = myEntries().get(0);
    assertThat(entry.getAction()).isEqualTo(SiteAdministration.CHANGED);
    assertThat(entry.getBefore()).startsWith("Old " + word).endsWith("(not on the map)");
    assertThat(entry.getAfter()).startsWith("New " + word).endsWith("(53.5, 10.0)");
    assertRefused(
        () ->
            asAdmin(
                run(
                    () ->
                        administration.change(
                            id, version, form("Stale " + word, null, null, false)))),
        null,
        "meanwhile");
    assertThat(site(id).getName()).isEqualTo("New " + word);
  }

  @Test
  void onlyAdministratorsChangeSites() throws Exception {
    long id = add(form("Guarded " + word, null, null, false));
    long version = site(id).getVersion();
    List<Callable<?>> calls =
        List.of(
            () -> administration.all(),
            () -> administration.add(form("Intruder " + word, null, null, false)),
            run(
                () ->
                    administration.change(
                        id, version, form("Intruder " + word, null, null, false))));
    Account someone = testAccounts.create("someone");
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    AdminCalls.assertOnlyAdministrators(calls, someone, moderator);
    assertThat(site(id).getName()).isEqualTo("Guarded " + word);
    assertThat(sites.all())
        .extracting(Site::getName)
        .noneMatch(n -> n.startsWith("Intruder " + word));
  }

  private List<AuditEntry> myEntries() throws Exception {
    return admin.entries();
  }
}
