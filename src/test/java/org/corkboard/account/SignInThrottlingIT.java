package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed sign-ins are slowed, then refused for a while, per account name and per client address,
 * and never reveal whether the account exists. Each test uses its own client address.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SignInThrottlingIT {

  private static final String WRONG = "a wrong passphrase entirely";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SignInThrottlingIT.class);
  }

  @Inject SignIn signIn;
  @Inject TestAccounts testAccounts;

  @Test
  void theRightPasswordSignsIn() {
    Account account = testAccounts.create("fine");
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address()))
        .hasValueSatisfying(
            caller -> assertThat(caller.username()).isEqualTo(account.getUsername()));
    assertThat(
            signIn.withPassword(account.getEmail().toUpperCase(), TestAccounts.PASSWORD, address()))
        .isPresent();
  }

  @Test
  void afterThreeFailuresTheNextAttemptMustWait() throws InterruptedException {
    Account account = testAccounts.create("slow");
    String address = address();
    fail(account.getUsername(), address, 3);

    assertThat(signIn.refusedUntil(account.getUsername(), address)).isPresent();
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address))
        .isEmpty();

    Thread.sleep(1_100);
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address))
        .isPresent();
  }

  @Test
  void fiveFailuresLockTheAccountNameEvenForTheRightPassword() throws InterruptedException {
    Account account = testAccounts.create("locked");
    String address = address();
    failPatiently(account.getUsername(), address, 5);

    assertThat(signIn.refusedUntil(account.getUsername(), address)).isPresent();
    Thread.sleep(2_100);
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address))
        .isEmpty();
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address()))
        .isEmpty();
  }

  @Test
  void aLockedNameDoesNotLockOtherAccounts() throws InterruptedException {
    Account victim = testAccounts.create("victim");
    Account bystander = testAccounts.create("bystander");
    String address = address();
    failPatiently(victim.getUsername(), address, 5);

    assertThat(signIn.withPassword(bystander.getUsername(), TestAccounts.PASSWORD, address))
        .isPresent();
  }

  @Test
  void unknownNamesAreThrottledExactlyLikeExistingOnes() throws InterruptedException {
    Account account = testAccounts.create("known");
    String unknown = "nobody-" + System.nanoTime();
    String address = address();
    failPatiently(account.getUsername(), address, 5);
    failPatiently(unknown, address, 5);

    assertThat(signIn.refusedUntil(unknown, address)).isPresent();
    assertThat(signIn.refusedUntil(account.getUsername(), address)).isPresent();
  }

  @Test
  void manyFailuresFromOneAddressLockThatAddressOnly() {
    Account account = testAccounts.create("shared");
    String attacker = address();
    for (int i = 0; i < 30; i++) {
      signIn.withPassword("guess-" + i + "-" + System.nanoTime(), WRONG, attacker);
    }

    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, attacker))
        .isEmpty();
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address()))
        .isPresent();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    Account account = testAccounts.create("forgiven");
    String address = address();
    fail(account.getUsername(), address, 2);
    assertThat(signIn.withPassword(account.getUsername(), TestAccounts.PASSWORD, address))
        .isPresent();
    fail(account.getUsername(), address, 2);

    assertThat(signIn.refusedUntil(account.getUsername(), address)).isEmpty();
  }

  private void fail(String name, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(signIn.withPassword(name, WRONG, address)).isEmpty();
    }
  }

  /** Fails as often as given, each time waiting out the growing delay so that every try counts. */
  private void failPatiently(String name, String address, int times) throws InterruptedException {
    for (int i = 0; i < times; i++) {
      while (signIn.refusedUntil(name, address).isPresent()) {
        Thread.sleep(100);
      }
      assertThat(signIn.withPassword(name, WRONG, address)).isEmpty();
    }
  }

  /**
   * A client address of the test's own, so that address throttling of one test spares the others.
   */
  private static String address() {
    return "10.%d.%d.%d"
        .formatted(
            (int) (Math.random() * 250), (int) (Math.random() * 250), (int) (Math.random() * 250));
  }
}
