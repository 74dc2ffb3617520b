package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.corkboard.account.boundary.AccountAdministration;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.account.boundary.ProfileChange;
import org.corkboard.account.boundary.Registration;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.Forbidden;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what to an account: anonymous, the owner, another user, an administrator. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AccountAccessIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AccountAccessIT.class);
  }

  @Inject AccountSettings settings;
  @Inject AccountAdministration administration;
  @Inject Registration registration;
  @Inject TestAccounts testAccounts;

  private Account owner;
  private Account other;
  private Account admin;

  @BeforeEach
  void createPeople() {
    owner = testAccounts.create("owner");
    other = testAccounts.create("other");
    admin = testAccounts.create("admin", Role.ADMIN);
  }

  @Test
  void ownerCanEditOwnProfile() throws Exception {
    as(owner.getUsername(), USER, () -> edit(owner, "Owner Renamed"));
    assertThat(testAccounts.reload(owner.getId()).getDisplayName()).isEqualTo("Owner Renamed");
  }

  @Test
  void otherUserCannotEditSomeoneElsesProfile() {
    assertThatThrownBy(() -> as(other.getUsername(), USER, () -> edit(owner, "Hijacked")))
        .isInstanceOf(Forbidden.class);
    assertThat(testAccounts.reload(owner.getId()).getDisplayName()).isEqualTo("owner");
  }

  @Test
  void anonymousCannotEditAnyProfile() {
    assertThatThrownBy(() -> anonymously(() -> edit(owner, "Anonymous")))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void adminCanEditSomeoneElsesProfile() throws Exception {
    as(admin.getUsername(), ADMIN, () -> edit(owner, "Fixed By Admin"));
    assertThat(testAccounts.reload(owner.getId()).getDisplayName()).isEqualTo("Fixed By Admin");
  }

  @Test
  void onlyOwnerOrAdminCanRemoveAvatar() throws Exception {
    assertThatThrownBy(
            () -> as(other.getUsername(), USER, run(() -> settings.removeAvatar(owner.getId()))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> anonymously(run(() -> settings.removeAvatar(owner.getId()))))
        .isInstanceOf(EJBAccessException.class);
    as(owner.getUsername(), USER, run(() -> settings.removeAvatar(owner.getId())));
    as(admin.getUsername(), ADMIN, run(() -> settings.removeAvatar(owner.getId())));
  }

  @Test
  void onlyOwnerOrAdminCanReplaceAvatar() {
    assertThatThrownBy(
            () ->
                as(
                    other.getUsername(),
                    USER,
                    run(() -> settings.replaceAvatar(owner.getId(), new byte[] {1}))))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> anonymously(run(() -> settings.replaceAvatar(owner.getId(), new byte[] {1}))))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void passwordAndEmailChangesNeedASignedInCaller() {
    assertThatThrownBy(() -> anonymously(run(() -> settings.changePassword("a", "b"))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(run(() -> settings.changeEmail("new@test.example"))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> anonymously(run(registration::resendVerification)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void changePasswordChangesOnlyTheCallersOwnPassword() throws Exception {
    int epochBefore = testAccounts.reload(owner.getId()).getSessionEpoch();
    as(
        owner.getUsername(),
        USER,
        run(() -> settings.changePassword(TestAccounts.PASSWORD, "a brand new passphrase")));
    Account changed = testAccounts.reload(owner.getId());
    assertThat(changed.getSessionEpoch()).isGreaterThan(epochBefore);
    assertThat(testAccounts.reload(other.getId()).getPasswordHash())
        .isEqualTo(other.getPasswordHash());
  }

  @Test
  void onlyAdminsGrantRoles() throws Exception {
    assertThatThrownBy(
            () ->
                as(
                    owner.getUsername(),
                    USER,
                    run(() -> administration.grant(owner.getId(), Role.ADMIN))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> anonymously(run(() -> administration.grant(owner.getId(), Role.ADMIN))))
        .isInstanceOf(EJBAccessException.class);
    assertThat(testAccounts.reload(owner.getId()).hasRole(Role.ADMIN)).isFalse();

    as(admin.getUsername(), ADMIN, run(() -> administration.grant(owner.getId(), Role.MODERATOR)));
    assertThat(testAccounts.reload(owner.getId()).hasRole(Role.MODERATOR)).isTrue();
  }

  @Test
  void onlyAdminsEndSomeoneElsesSessions() throws Exception {
    int epoch = testAccounts.reload(owner.getId()).getSessionEpoch();
    assertThatThrownBy(
            () ->
                as(other.getUsername(), USER, run(() -> administration.endSessions(owner.getId()))))
        .isInstanceOf(EJBAccessException.class);
    as(admin.getUsername(), ADMIN, run(() -> administration.endSessions(owner.getId())));
    assertThat(testAccounts.reload(owner.getId()).getSessionEpoch()).isEqualTo(epoch + 1);
  }

  @Test
  void aStaleProfileEditIsRefused() throws Exception {
    Account stale = testAccounts.reload(owner.getId());
    as(owner.getUsername(), USER, () -> edit(owner, "First Edit"));
    assertThatThrownBy(
            () ->
                as(
                    owner.getUsername(),
                    USER,
                    run(
                        () ->
                            settings.updateProfile(
                                owner.getId(),
                                new ProfileChange(
                                    "Second Edit", null, null, null, stale.getVersion())))))
        .hasMessageContaining("changed elsewhere");
    assertThat(testAccounts.reload(owner.getId()).getDisplayName()).isEqualTo("First Edit");
  }

  private Void edit(Account account, String displayName) {
    long version = testAccounts.reload(account.getId()).getVersion();
    settings.updateProfile(
        account.getId(), new ProfileChange(displayName, "+49 30 1234", null, "Hello", version));
    return null;
  }
}
