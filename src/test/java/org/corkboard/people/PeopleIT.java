package org.corkboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corkboard.account.boundary.AccountAdministration;
import org.corkboard.account.boundary.AccountDirectory;
import org.corkboard.account.boundary.AccountRestrictions;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.account.boundary.SignIn;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountSort;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditTrail;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.boundary.OwnerListings;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.TestModeration;
import org.corkboard.moderation.boundary.Decisions;
import org.corkboard.moderation.boundary.PersonReports;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.boundary.Suspensions;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SmtpInbox;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What administrators do to people's accounts from the console, with its rules: each action is
 * audited with its reason, a stale action is refused, nobody locks, suspends or deactivates
 * themselves, an administrator keeps their own role; locking and deactivating refuse sign-in;
 * deactivation hides the listings until reactivation; colleagues and moderators may do none of it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class PeopleIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};
  private static final String ADDRESS = "192.0.2.81";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(
        PeopleIT.class, TestListings.class, Chats.class, TestModeration.class);
  }

  @Inject AccountAdministration administration;
  @Inject AccountRestrictions restrictions;
  @Inject AccountDirectory directory;
  @Inject AccountSettings settings;
  @Inject Suspensions suspensions;
  @Inject OwnerListings ownerListings;
  @Inject PersonReports personReports;
  @Inject AuditTrail trail;
  @Inject SignIn signIn;
  @Inject Notifications notifications;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject Chats chats;
  @Inject Reports reports;
  @Inject Decisions decisions;
  @Inject TestModeration moderation;

  private Account admin;
  private Account person;

  @BeforeEach
  void createPeople() {
    admin = testAccounts.create("admin", Role.ADMIN);
    person = testAccounts.create("person");
  }

  @Test
  void lockingRefusesSignInUntilUnlockingAndIsAuditedWithItsReason() throws Exception {
    int epoch = person.getSessionEpoch();
    asAdmin(() -> restrictions.lock(person.getId(), version(person), "Lost laptop"));

    assertThat(testAccounts.reload(person.getId()).getSessionEpoch()).isGreaterThan(epoch);
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS)).isEmpty();
    assertThat(signIn.refusal()).hasValueSatisfying(m -> assertThat(m).contains("locked"));
    AuditEntry locked = trailOf(person).get(0);
    assertThat(locked.getAction()).isEqualTo("account.lock");
    assertThat(locked.getActorId()).isEqualTo(admin.getId());
    assertThat(locked.getReason()).isEqualTo("Lost laptop");

    asAdmin(() -> restrictions.unlock(person.getId(), version(person), null));
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS))
        .isPresent();
    assertThat(trailOf(person)).extracting(AuditEntry::getAction).startsWith("account.unlock");
  }

  @Test
  void lockingSuspendingAndDeactivatingNeedAReason() {
    long version = version(person);
    assertRefused(() -> restrictions.lock(person.getId(), version, " "), "Give a reason");
    assertRefused(() -> restrictions.deactivate(person.getId(), version, null), "Give a reason");
    assertRefused(() -> suspensions.suspend(person.getId(), version, 3, ""), "Give a reason");
    assertRefused(() -> suspensions.suspend(person.getId(), version, 366, "Spam"), "1 to 365");
  }

  @Test
  void nobodyLocksSuspendsDeactivatesThemselvesOrTakesTheirOwnAdministratorRole() {
    long mine = version(admin);
    long id = admin.getId();
    assertRefused(() -> restrictions.lock(id, mine, "Test"), "your own account");
    assertRefused(() -> suspensions.suspend(id, mine, 2, "Test"), "your own account");
    assertRefused(() -> restrictions.deactivate(id, mine, "Test"), "your own account");
    assertRefused(
        () -> administration.changeRoles(id, mine, Set.of(Role.MODERATOR), null),
        "your own administrator role");
    assertThat(testAccounts.reload(id).hasRole(Role.ADMIN)).isTrue();
    assertThat(trailOf(admin)).isEmpty();
  }

  @Test
  void aStaleActionIsRefused() throws Exception {
    long seen = version(person);
    asAdmin(() -> administration.changeRoles(person.getId(), seen, Set.of(Role.MODERATOR), null));
    assertThat(version(person)).isGreaterThan(seen);
    assertRefused(() -> restrictions.lock(person.getId(), seen, "Spam"), "changed in the meantime");
    assertThat(testAccounts.reload(person.getId()).getLockedAt()).isNull();
  }

  @Test
  void rolesAreGivenAndTakenWithTheirEntries() throws Exception {
    asAdmin(
        () ->
            administration.changeRoles(
                person.getId(), version(person), Set.of(Role.MODERATOR, Role.ADMIN), "Helps out"));
    assertThat(testAccounts.reload(person.getId()).getRoles())
        .containsExactlyInAnyOrder(Role.USER, Role.MODERATOR, Role.ADMIN);
    int epoch = testAccounts.reload(person.getId()).getSessionEpoch();
    asAdmin(() -> administration.changeRoles(person.getId(), version(person), Set.of(), null));

    assertThat(testAccounts.reload(person.getId()).getRoles()).containsExactly(Role.USER);
    assertThat(testAccounts.reload(person.getId()).getSessionEpoch()).isGreaterThan(epoch);
    List<AuditEntry> entries = trailOf(person);
    assertThat(entries)
        .extracting(AuditEntry::getAction)
        .containsExactly("account.role.revoke", "account.role.grant");
    assertThat(entries.get(1).getAfter()).isEqualTo("ADMIN, MODERATOR, USER");
    assertThat(entries.get(1).getReason()).isEqualTo("Helps out");
  }

  @Test
  void deactivationHidesTheListingsAndRefusesSignInUntilReactivation() throws Exception {
    long active = chats.listingOf(person, "Deactivated lamp");
    asAdmin(() -> restrictions.deactivate(person.getId(), version(person), "Left the company"));

    assertThat(testListings.reload(active).getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(testListings.reload(active).getHold()).isEqualTo(ListingHold.DEACTIVATION);
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS)).isEmpty();
    assertThat(signIn.refusal()).hasValueSatisfying(m -> assertThat(m).contains("deactivated"));
    assertThat(asAdmin(() -> ownerListings.of(person.getId())))
        .extracting(OwnerListings.Line::title)
        .containsExactly("Deactivated lamp");

    asAdmin(() -> restrictions.reactivate(person.getId(), version(person), "Came back"));
    assertThat(testListings.reload(active).getStatus()).isEqualTo(ListingStatus.ACTIVE);
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS))
        .isPresent();
  }

  @Test
  void aModeratorCannotShowAListingItsOwnersDeactivationHolds() throws Exception {
    long listing = chats.listingOf(person, "Reported lamp");
    Account reporter = testAccounts.create("reporter");
    as(
        reporter.getUsername(),
        new Role[] {Role.USER},
        run(() -> reports.report(SubjectKind.LISTING, listing, ReportReason.SPAM, null)));
    asAdmin(() -> restrictions.deactivate(person.getId(), version(person), "Left the company"));
    long caseId = moderation.caseOf(SubjectKind.LISTING, listing);

    assertThatThrownBy(
            () ->
                as(
                    testAccounts.create("moderator", Role.MODERATOR).getUsername(),
                    new Role[] {Role.USER, Role.MODERATOR},
                    run(() -> decisions.decide(caseId, Verdict.RESTORE, "Looks fine", null))))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("comes back with their account");
    assertThat(testListings.reload(listing).getHold()).isEqualTo(ListingHold.DEACTIVATION);
  }

  @Test
  void anAdministratorsSuspensionHidesTheListingsAndTellsThePerson() throws Exception {
    long active = chats.listingOf(person, "Suspended lamp");
    asAdmin(() -> suspensions.suspend(person.getId(), version(person), 2, "Spamming the board"));

    assertThat(testListings.reload(active).getHold()).isEqualTo(ListingHold.SUSPENSION);
    assertThat(signIn.withPassword(person.getUsername(), TestAccounts.PASSWORD, ADDRESS)).isEmpty();
    assertThat(TestModeration.news(person, NotificationKind.MODERATION, notifications))
        .first()
        .asString()
        .startsWith("Your account is suspended until ")
        .contains("Spamming the board");
    AuditEntry suspended = trailOf(person).get(0);
    assertThat(suspended.getAction()).isEqualTo("account.suspend");
    assertThat(suspended.getAfter()).startsWith("until ");
  }

  @Test
  void aNewPasswordIsRequiredUntilThePersonChoosesOne() throws Exception {
    asAdmin(() -> administration.requireNewPassword(person.getId(), version(person), null));
    assertThat(signIn.mustChangePassword(person.getUsername())).isTrue();
    assertRefused(
        () -> administration.requireNewPassword(person.getId(), version(person), null),
        "required already");
    as(
        person.getUsername(),
        USER,
        () -> settings.changePassword(TestAccounts.PASSWORD, "a brand new long passphrase"));
    assertThat(testAccounts.reload(person.getId()).isPasswordChangeRequired()).isFalse();
    assertThat(trailOf(person))
        .extracting(AuditEntry::getAction)
        .contains("account.password.require-new");
  }

  @Test
  void theVerificationLinkIsSentAgainOnlyToAnUnconfirmedAddress() throws Exception {
    Account unverified = testAccounts.createUnverified("unverified");
    try (var inbox = SmtpInbox.start()) {
      asAdmin(() -> administration.resendVerification(unverified.getId(), version(unverified)));
      assertThat(SmtpInbox.body(inbox.await(unverified.getEmail(), 1))).contains("/account/verify");
    }
    assertRefused(
        () -> administration.resendVerification(person.getId(), version(person)),
        "confirmed their e-mail address already");
  }

  @Test
  void colleaguesAndModeratorsAreRefusedEveryAction() throws Exception {
    long id = person.getId();
    long v = version(person);
    List<Runnable> actions =
        List.of(
            () -> administration.changeRoles(id, v, Set.of(Role.MODERATOR), null),
            () -> administration.grant(id, Role.MODERATOR),
            () -> administration.revoke(id, Role.MODERATOR),
            () -> administration.endSessions(id),
            () -> administration.requireNewPassword(id, v, null),
            () -> administration.resendVerification(id, v),
            () -> restrictions.lock(id, v, "Test"),
            () -> restrictions.unlock(id, v, "Test"),
            () -> restrictions.deactivate(id, v, "Test"),
            () -> restrictions.reactivate(id, v, "Test"),
            () -> suspensions.suspend(id, v, 2, "Test"),
            () -> directory.find(null, AccountSort.NEWEST_FIRST, 0, 10),
            () -> directory.count(null),
            () -> directory.person(id),
            () -> ownerListings.of(id),
            () -> personReports.madeBy(id),
            () -> personReports.about(id),
            () -> trail.ofAccount(id));
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    for (Runnable action : actions) {
      assertThatThrownBy(() -> as(person.getUsername(), USER, run(action)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(moderator.getUsername(), MODERATOR, run(action)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> anonymously(run(action))).isInstanceOf(EJBAccessException.class);
    }
    assertThat(testAccounts.reload(id).getVersion()).isEqualTo(v);
    assertThat(trailOf(person)).isEmpty();
  }

  private long version(Account account) {
    return testAccounts.reload(account.getId()).getVersion();
  }

  private List<AuditEntry> trailOf(Account account) {
    try {
      return asAdmin(() -> trail.ofAccount(account.getId()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void asAdmin(Runnable action) throws Exception {
    as(admin.getUsername(), ADMIN, run(action));
  }

  private <T> T asAdmin(Callable<T> action) throws Exception {
    return as(admin.getUsername(), ADMIN, action);
  }

  private void assertRefused(Runnable action, String message) {
    assertThatThrownBy(() -> asAdmin(action))
        .isInstanceOf(Refused.class)
        .hasMessageContaining(message);
  }
}
