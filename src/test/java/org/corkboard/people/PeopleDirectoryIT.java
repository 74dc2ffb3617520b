package org.corkboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import java.util.Map;
import org.corkboard.account.boundary.AccountDirectory;
import org.corkboard.account.boundary.Person;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountState;
import org.corkboard.account.entity.Role;
import org.corkboard.people.web.PeopleModel;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The people table's model: the database finds people by a part of their name, username or e-mail
 * address regardless of case, sorts and pages them, newest first unless a column is chosen.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class PeopleDirectoryIT {

  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(PeopleDirectoryIT.class);
  }

  @Inject AccountDirectory directory;
  @Inject TestAccounts testAccounts;

  @Test
  void peopleAreFoundSortedAndPagedInTheDatabase() throws Exception {
    String word = "Qx" + System.nanoTime() % 1_000_000;
    Account charlie = testAccounts.create("Charlie " + word);
    Account alpha = testAccounts.create("Alpha " + word, Role.MODERATOR);
    Account bravo = testAccounts.createUnverified("Bravo " + word);
    Account admin = testAccounts.create("admin", Role.ADMIN);
    var model = new PeopleModel(directory, word.toUpperCase());

    as(
        admin.getUsername(),
        ADMIN,
        () -> {
          assertThat(model.count(Map.of())).isEqualTo(3);
          assertThat(model.load(0, 2, Map.of(), Map.of()))
              .extracting(Person::id)
              .containsExactly(bravo.getId(), alpha.getId());
          assertThat(model.load(2, 2, Map.of(), Map.of()))
              .extracting(Person::id)
              .containsExactly(charlie.getId());
          assertThat(model.load(0, 3, sortedBy("displayName", SortOrder.ASCENDING), Map.of()))
              .extracting(Person::displayName)
              .containsExactly("Alpha " + word, "Bravo " + word, "Charlie " + word);
          assertThat(model.load(0, 1, sortedBy("username", SortOrder.DESCENDING), Map.of()))
              .extracting(Person::id)
              .containsExactly(charlie.getId());
          Person first =
              model.load(0, 1, sortedBy("displayName", SortOrder.ASCENDING), Map.of()).get(0);
          assertThat(first.getStaffRoles()).isEqualTo("MODERATOR");
          assertThat(directory.person(bravo.getId()).orElseThrow().state())
              .isEqualTo(AccountState.UNVERIFIED);
          return null;
        });
  }

  @Test
  void aUsernameOrAddressFindsItsPersonAndWildcardsAreTakenLiterally() throws Exception {
    Account person = testAccounts.create("Someone");
    Account admin = testAccounts.create("admin", Role.ADMIN);
    as(
        admin.getUsername(),
        ADMIN,
        () -> {
          assertThat(directory.find(person.getUsername().toUpperCase(), null, 0, 5))
              .extracting(Person::id)
              .containsExactly(person.getId());
          assertThat(new PeopleModel(directory, person.getEmail()).count(Map.of())).isEqualTo(1);
          assertThat(directory.count(person.getUsername().replace('-', '_'))).isZero();
          assertThat(directory.count("%" + person.getUsername())).isZero();
          return null;
        });
  }

  private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
    return Map.of(field, SortMeta.builder().field(field).order(order).build());
  }
}
