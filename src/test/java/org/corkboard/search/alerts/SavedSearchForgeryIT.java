package org.corkboard.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.search.boundary.SavedSearchEntry;
import org.corkboard.search.boundary.SavedSearches;
import org.corkboard.search.control.SavedSearchLinks;
import org.corkboard.search.entity.Frequency;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged requests to save a search, to manage saved searches and to resume one from its unsubscribe
 * page are refused and change nothing: each form is sent in every {@link Forgery} and with the
 * cookies of another person who is signed in, then for real, which must still work. The "Save this
 * search" form is tried on a page of its own that includes it as the search page does.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SavedSearchForgeryIT {

  private static final Role[] USER = {Role.USER};
  private static final String TRIAL_PAGE = "save-search-trial.xhtml";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SavedSearchForgeryIT.class, ListingForms.class)
        .addClasses(WebClient.class, Forgery.class)
        .addAsWebResource(
            new StringAsset(
                """
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                    template="/WEB-INF/templates/site.xhtml">
                  <ui:param name="stateless" value="true"/>
                  <ui:define name="content">
                    <ui:include src="/WEB-INF/includes/save-search.xhtml">
                      <ui:param name="query" value="#{param.query}"/>
                      <ui:param name="label" value="Desk lamps"/>
                    </ui:include>
                  </ui:define>
                </ui:composition>
                """),
            TRIAL_PAGE);
  }

  @Inject SavedSearches savedSearches;
  @Inject SavedSearchLinks links;
  @Inject AlertFixtures fixtures;
  @Inject TestAccounts testAccounts;

  private Account owner;
  private WebClient browser;
  private WebClient stranger;

  @BeforeEach
  void signIn() throws Exception {
    owner = testAccounts.create("owner");
    browser = WebClient.signedIn(owner.getUsername(), TestAccounts.PASSWORD);
    stranger =
        WebClient.signedIn(testAccounts.create("stranger").getUsername(), TestAccounts.PASSWORD);
  }

  @Test
  void aForgedSaveSavesNothing() throws Exception {
    Page search = browser.get("/" + TRIAL_PAGE + "?query=" + encode("q=desk+lamp&page=2"));
    Map<String, String> fields = Map.of("name", "Desk lamps", "frequency", "DAILY");
    Forgery.allRefused(
        () -> browser.form(search, "saveSearchForm").set(fields), "saveThisSearch", stranger);
    assertThat(mine()).isEmpty();

    Page saved = browser.submit(search, "saveSearchForm", fields, "saveThisSearch");
    assertThat(saved.url()).endsWith("/search?q=desk+lamp");
    assertThat(saved.html()).contains("Your search “Desk lamps” is saved.");
    assertThat(mine())
        .singleElement()
        .satisfies(s -> assertThat(s.query()).isEqualTo("q=desk+lamp"))
        .satisfies(s -> assertThat(s.frequency()).isEqualTo(Frequency.DAILY));
  }

  @Test
  void aSaveWithBadInputSaysWhyAndSavesNothing() throws Exception {
    Page search = browser.get("/" + TRIAL_PAGE + "?query=" + encode("q=desk+lamp"));
    Page unnamed =
        browser.submit(
            search, "saveSearchForm", Map.of("name", " ", "frequency", "DAILY"), "saveThisSearch");
    assertThat(unnamed.status()).isEqualTo(200);
    assertThat(unnamed.html()).contains("Give the search a name.");
    Page hourly =
        browser.submit(
            search,
            "saveSearchForm",
            Map.of("name", "Lamps", "frequency", "HOURLY"),
            "saveThisSearch");
    assertThat(hourly.status()).isEqualTo(200);
    assertThat(hourly.html()).contains("Choose how soon you want to hear of new listings.");
    assertThat(mine()).isEmpty();
  }

  @Test
  void visitorsAreAskedToSignInAndComeBackToTheSearch() throws Exception {
    Page search = new WebClient().get("/" + TRIAL_PAGE + "?query=" + encode("q=desk+lamp"));
    assertThat(search.html())
        .contains("id=\"signInToSaveSearch\"")
        .contains("/account/save-search?query=q%3Ddesk%2Blamp")
        .doesNotContain("id=\"saveSearchForm\"");
    Page back = browser.get("/account/save-search?query=" + encode("q=desk+lamp&sort=newest"));
    assertThat(back.url()).contains("/search?q=desk+lamp");
  }

  @Test
  void forgedChangesOfSavedSearchesChangeNothing() throws Exception {
    save("Desk lamps");
    Page page = browser.get("/account/saved-searches");
    Map<String, String> renamed = rowFields(page, "Reading lamps", "DAILY");
    for (String button : List.of("cb-change-search", "cb-pause-search", "cb-delete-search")) {
      String id = page.buttonId(button);
      Forgery.allRefused(() -> browser.form(page, "savedSearches").set(renamed), id, stranger);
    }
    assertThat(mine())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Desk lamps"))
        .satisfies(s -> assertThat(s.paused()).isFalse());

    Page changed =
        browser.submit(page, "savedSearches", renamed, page.buttonId("cb-change-search"));
    assertThat(changed.html()).contains("Your saved search is changed.").contains("Reading lamps");
    Page paused = browser.get("/account/saved-searches");
    paused = browser.submit(paused, "savedSearches", Map.of(), paused.buttonId("cb-pause-search"));
    assertThat(paused.html()).contains("The search is paused").contains("(paused)");
    assertThat(mine().get(0).frequency()).isEqualTo(Frequency.DAILY);

    Page deleted =
        browser.submit(paused, "savedSearches", Map.of(), paused.buttonId("cb-delete-search"));
    assertThat(deleted.html())
        .contains("The saved search is deleted.")
        .contains("id=\"noSavedSearches\"");
    assertThat(mine()).isEmpty();
  }

  @Test
  void theUnsubscribeLinkWorksWithoutSigningInAndATamperedOneIsRefused() throws Exception {
    long search = save("Desk lamps");
    String link = links.unsubscribe(search);
    var mailReader = new WebClient();
    Page page = mailReader.get(link);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html()).contains("Your saved search “Desk lamps” is paused");
    assertThat(mine().get(0).paused()).isTrue();

    Forgery.allRefused(() -> mailReader.form(page, "searchAlerts"), "resumeAlerts", stranger);
    assertThat(mine().get(0).paused()).isTrue();
    Page resumed = mailReader.submit(page, "searchAlerts", Map.of(), "resumeAlerts");
    assertThat(resumed.html()).contains("Your saved search “Desk lamps” is resumed");
    assertThat(mine().get(0).paused()).isFalse();

    for (String tampered :
        List.of(
            link.replace("-" + search + ".", "-" + (search + 1) + "."),
            link + "x",
            link.replaceAll("token=.*", "token="),
            link.replaceAll("token=.*", "token=" + "a".repeat(500)))) {
      Page refused = mailReader.get(tampered);
      assertThat(refused.status()).as(tampered).isEqualTo(400);
      assertThat(refused.html()).contains("This link is not valid").doesNotContain("searchAlerts");
    }
    assertThat(mine().get(0).paused()).isFalse();
  }

  private long save(String name) throws Exception {
    as(
        owner.getUsername(),
        USER,
        () -> savedSearches.save("q=desk+lamp", name, Frequency.IMMEDIATE));
    return fixtures.savedSearchId(owner, name);
  }

  /** The name and frequency fields of the page's first saved search, filled in. */
  private static Map<String, String> rowFields(Page page, String name, String frequency) {
    Matcher field = Pattern.compile("name=\"([^\"]*:)name\"").matcher(page.html());
    assertThat(field.find()).as("a name field").isTrue();
    return Map.of(field.group(1) + "name", name, field.group(1) + "frequency", frequency);
  }

  private List<SavedSearchEntry> mine() throws Exception {
    return as(owner.getUsername(), USER, savedSearches::mine);
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }
}
