package org.corkboard.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.console.boundary.SettingsAdministration;
import org.corkboard.listing.TestListings;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.Chats;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.platform.Refused;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.corkboard.setting.entity.RuntimeSetting;
import org.corkboard.setting.entity.SettingSource;
import org.corkboard.setting.entity.SettingState;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Identities;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators change runtime settings: a new value applies at once, without a restart; values
 * are checked against their bounds, against each other and against a change made meanwhile; each
 * change is audited; nobody else may read or change them. Every setting a test changes is reset
 * afterwards, since the server's settings are shared by all tests.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SettingsIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(SettingsIT.class, TestListings.class, Chats.class);
  }

  @Inject SettingsAdministration administration;
  @Inject RuntimeSettings settings;
  @Inject Reports reports;
  @Inject AuditLog auditLog;
  @Inject TestAccounts testAccounts;
  @Inject TestListings testListings;
  @Inject Chats chats;

  private Account admin;

  @BeforeEach
  void anAdministrator() {
    admin = testAccounts.create("admin", Role.ADMIN);
  }

  @AfterEach
  void resetWhatWasChanged() throws Exception {
    for (SettingState state : asAdmin(() -> administration.settings())) {
      if (state.isChangedHere()) {
        asAdmin(() -> administration.reset(state.setting(), state.version()));
      }
    }
  }

  @Test
  void aLowerAutoHideThresholdHidesTheNextReportedListingWithoutARestart() throws Exception {
    Account owner = testAccounts.create("owner");
    Account reporter = testAccounts.create("reporter");
    long listing = chats.listingOf(owner, "Camping stove");
    change(RuntimeSetting.MODERATION_AUTO_HIDE, "1");
    assertThat(settings.number(RuntimeSetting.MODERATION_AUTO_HIDE)).isEqualTo(1);

    Identities.as(
        reporter.getUsername(),
        USER,
        run(() -> reports.report(SubjectKind.LISTING, listing, ReportReason.SCAM, null)));
    assertThat(testListings.reload(listing).getStatus()).isEqualTo(ListingStatus.HIDDEN);
    assertThat(testListings.reload(listing).getHold()).isEqualTo(ListingHold.REPORTS);
  }

  @Test
  void aChangeIsAuditedAndAResetGoesBackToTheDefault() throws Exception {
    SettingState before = state(RuntimeSetting.LISTING_MAX_PER_HOUR);
    assertThat(before.source()).isEqualTo(SettingSource.DEFAULT);
    assertThat(change(RuntimeSetting.LISTING_MAX_PER_HOUR, " 25 ")).isEqualTo("25");

    SettingState changed = state(RuntimeSetting.LISTING_MAX_PER_HOUR);
    assertThat(changed.value()).isEqualTo(25);
    assertThat(changed.source()).isEqualTo(SettingSource.CHANGED_HERE);
    assertThat(changed.changedBy()).isEqualTo(admin.getUsername());
    assertThat(changed.fallback()).isEqualTo(10);

    assertThat(asAdmin(() -> administration.reset(changed.setting(), changed.version())))
        .isEqualTo("10");
    assertThat(state(RuntimeSetting.LISTING_MAX_PER_HOUR).source())
        .isEqualTo(SettingSource.DEFAULT);
    assertThat(audited())
        .extracting(AuditEntry::getSubjectId, AuditEntry::getBefore, AuditEntry::getAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("corkboard.listing.max-per-hour", "25", "10"),
            org.assertj.core.groups.Tuple.tuple("corkboard.listing.max-per-hour", "10", "25"));
  }

  @Test
  void badValuesAreRefusedWithWhatToTypeAndChangeNothing() throws Exception {
    assertRefused(RuntimeSetting.LISTING_LIFETIME, "a month", "write a whole number of days");
    assertRefused(RuntimeSetting.LISTING_LIFETIME, "0", "choose from 1 to 365 days");
    assertRefused(RuntimeSetting.MODERATION_AUTO_HIDE, "1000", "choose from 1 to 100");
    assertRefused(
        RuntimeSetting.LISTING_REMINDER, "30", "must be shorter than the listing lifetime");
    assertRefused(
        RuntimeSetting.LISTING_LIFETIME, "3", "must be shorter than the listing lifetime");
    assertThat(audited()).isEmpty();
    assertThat(state(RuntimeSetting.LISTING_LIFETIME).source()).isEqualTo(SettingSource.DEFAULT);
  }

  @Test
  void aSaveOverAChangeMadeMeanwhileIsRefused() throws Exception {
    long read = state(RuntimeSetting.SIGN_IN_LOCK).version();
    asAdmin(() -> administration.change(RuntimeSetting.SIGN_IN_LOCK, "20", read));
    assertThatThrownBy(
            () -> asAdmin(() -> administration.change(RuntimeSetting.SIGN_IN_LOCK, "30", read)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Someone changed “Sign-in lockout” while you were editing it");
    assertThat(settings.value(RuntimeSetting.SIGN_IN_LOCK)).isEqualTo(20);
  }

  @Test
  void onlyAdministratorsReadOrChangeSettings() throws Exception {
    Account person = testAccounts.create("person");
    Account moderator = testAccounts.create("moderator", Role.MODERATOR);
    long version = state(RuntimeSetting.LISTING_MAX_ACTIVE).version();
    List<Callable<?>> calls =
        List.of(
            () -> administration.settings(),
            () -> administration.change(RuntimeSetting.LISTING_MAX_ACTIVE, "7", version),
            () -> administration.reset(RuntimeSetting.LISTING_MAX_ACTIVE, version));
    for (Callable<?> call : calls) {
      assertThatThrownBy(() -> anonymously(call)).isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> Identities.as(person.getUsername(), USER, call))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> Identities.as(moderator.getUsername(), MODERATOR, call))
          .isInstanceOf(EJBAccessException.class);
    }
    assertThat(settings.value(RuntimeSetting.LISTING_MAX_ACTIVE)).isEqualTo(50);
    assertThat(asAdmin(() -> administration.settings()))
        .extracting(SettingState::setting)
        .containsExactly(RuntimeSetting.values());
  }

  private String change(RuntimeSetting setting, String typed) throws Exception {
    long version = state(setting).version();
    return asAdmin(() -> administration.change(setting, typed, version));
  }

  private void assertRefused(RuntimeSetting setting, String typed, String message) {
    assertThatThrownBy(() -> change(setting, typed))
        .isInstanceOf(Refused.class)
        .hasMessageContaining(message)
        .extracting(e -> ((Refused) e).field())
        .isEqualTo(setting.name());
  }

  private SettingState state(RuntimeSetting setting) {
    return settings.state(setting);
  }

  /** This administrator's setting changes, newest first. */
  private List<AuditEntry> audited() throws Exception {
    AuditFilter filter =
        AuditFilter.parse(admin.getUsername(), SettingsAdministration.SETTING_CHANGED, null, null)
            .filter();
    return asAdmin(() -> auditLog.search(filter, AuditSort.NEWEST_FIRST, 0, 50));
  }

  private <T> T asAdmin(Callable<T> call) throws Exception {
    return Identities.as(admin.getUsername(), ADMIN, call);
  }
}
