package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.console.ConsoleAccess.assertForAdministratorsOnly;

import java.util.List;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open the pages of the categories and the sites, at the address: administrators alone;
 * anonymous visitors are asked to sign in, colleagues and moderators are refused and not shown the
 * pages in the menu.
 */
@ExtendWith(ArquillianExtension.class)
class StructurePagesIT {

  private static final String CATEGORIES = "/admin/categories/";
  private static final String SITES = "/admin/sites/";
  private static final List<String> CATEGORY_PAGES =
      List.of(CATEGORIES, "/admin/categories/index.xhtml", "/admin/categories/edit?id=1");
  private static final List<String> SITE_PAGES = List.of(SITES, "/admin/sites/index.xhtml");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anonymousVisitorsColleaguesAndModeratorsAreKeptOut() throws Exception {
    assertForAdministratorsOnly(CATEGORY_PAGES, "Corkboard console", "console-categories");
    assertForAdministratorsOnly(SITE_PAGES, "Corkboard console", "console-sites");
  }

  @Test
  void administratorsOpenThemFromTheMenu() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    assertThat(admin.get("/admin/").html())
        .contains("id=\"console-categories\"")
        .contains("id=\"console-sites\"");
    Page tree = admin.get(CATEGORIES);
    assertThat(tree.status()).isEqualTo(200);
    assertThat(tree.html())
        .contains("id=\"tree\"")
        .contains("Active listings")
        .contains("For sale")
        .contains("cb-console-current");
    Page sites = admin.get(SITES);
    assertThat(sites.status()).isEqualTo(200);
    assertThat(sites.html()).contains("id=\"sites\"").contains("id=\"saveSite\"");
  }

  @Test
  void anUnknownCategoryLeadsBackToTheTree() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page unknown = admin.get("/admin/categories/edit?id=999999999");
    assertThat(unknown.url()).endsWith(CATEGORIES);
    assertThat(unknown.html()).contains("This category no longer exists.");
    for (String id : List.of("x", "", "-1", "9".repeat(30))) {
      assertThat(admin.get("/admin/categories/edit?id=" + id).status()).as(id).isLessThan(500);
    }
  }
}
