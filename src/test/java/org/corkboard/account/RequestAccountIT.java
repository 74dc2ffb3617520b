package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.boundary.MyListings;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SqlCounter;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request reads the signed-in person's account once, whoever asks for it. Each test runs in one
 * request of its own and does what a page request does: the session check (the filter), the page's
 * service call, the header's user menu.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class RequestAccountIT {

  private static final Role[] USER = {Role.USER};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(RequestAccountIT.class);
  }

  @Inject SignIn signIn;
  @Inject AccountSettings settings;
  @Inject MyListings myListings;
  @Inject TestAccounts testAccounts;
  @Inject SqlCounter sql;

  @Test
  void aPageRequestReadsTheSignedInAccountOnce() throws Exception {
    Account person = testAccounts.create("reader");
    try (var reads = sql.reading(Account.class)) {
      as(
          person.getUsername(),
          USER,
          () -> {
            assertThat(signIn.sessionEpoch(person.getUsername())).isPresent();
            assertThat(myListings.all()).isEmpty();
            assertThat(settings.mine().getUsername()).isEqualTo(person.getUsername());
            return null;
          });
      assertThat(reads.statements()).isEqualTo(1);
    }
  }

  @Test
  void anAccountReadEarlierInTheRequestCanStillBeChanged() throws Exception {
    Account person = testAccounts.create("changer");
    as(
        person.getUsername(),
        USER,
        () -> {
          signIn.sessionEpoch(person.getUsername());
          return settings.changePassword(TestAccounts.PASSWORD, "an entirely new passphrase 42");
        });
    Account changed = testAccounts.reload(person.getId());
    assertThat(changed.getSessionEpoch()).isEqualTo(person.getSessionEpoch() + 1);
    assertThat(changed.getPasswordHash()).isNotEqualTo(person.getPasswordHash());
  }
}
