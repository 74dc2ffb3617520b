package org.corkboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.console.ConsoleAccess.assertForAdministratorsOnly;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open the people pages, at the address: anonymous visitors are asked to sign in,
 * colleagues and moderators are refused, administrators find people and open a person's page; an
 * unknown or malformed person is 404. Uses the demo board's accounts, which the test server has.
 */
@ExtendWith(ArquillianExtension.class)
class PeoplePagesIT {

  private static final String PEOPLE = "/admin/people/";
  private static final String PERSON = "/admin/people/person?id=";
  private static final List<String> PAGES =
      List.of(PEOPLE, "/admin/people/index.xhtml", PERSON + "1", "/admin/people/person.xhtml?id=1");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anonymousVisitorsColleaguesAndModeratorsAreKeptOut() throws Exception {
    assertForAdministratorsOnly(PAGES, "Corkboard console", "console-people");
  }

  @Test
  void administratorsFindAPersonAndOpenTheirPage() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Page people = admin.get(PEOPLE + "?q=ALICE%40corkboard");
    assertThat(people.status()).isEqualTo(200);
    assertThat(people.html())
        .contains("id=\"console-people\"")
        .contains("id=\"peopleTable:people\"")
        .contains("alice@corkboard.example")
        .doesNotContain("bruno@corkboard.example");
    Matcher link = Pattern.compile("person\\?id=(\\d+)").matcher(people.html());
    assertThat(link.find()).isTrue();

    Page person = admin.get(PERSON + link.group(1));
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.html())
        .contains("id=\"personName\"")
        .contains("@alice")
        .contains("id=\"listingsHeading\"")
        .contains("id=\"auditHeading\"")
        .contains("id=\"lock\"");
  }

  @Test
  void anUnknownOrMalformedPersonIsNotFound() throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    for (String path :
        List.of(PERSON + "999999999999", PERSON + "abc", "/admin/people/person", PERSON + "-1")) {
      assertThat(admin.get(path).status()).as(path).isEqualTo(404);
    }
    assertThat(admin.get(PEOPLE + "?q=" + "%25".repeat(300)).status()).isEqualTo(200);
  }
}
