package org.corkboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corkboard.testing.Identities.anonymously;
import static org.corkboard.testing.Identities.as;
import static org.corkboard.testing.Identities.run;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corkboard.account.boundary.AccountAdministration;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.corkboard.audit.web.AuditEntriesModel;
import org.corkboard.platform.Refused;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The audit log: administrative changes are recorded with their change, in their transaction;
 * entries are found by person, action and days, paged and sorted in the database; only
 * administrators read it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AuditLogIT {

  private static final Role[] USER = {Role.USER};
  private static final Role[] MODERATOR = {Role.USER, Role.MODERATOR};
  private static final Role[] ADMIN = {Role.USER, Role.ADMIN};

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AuditLogIT.class);
  }

  @Inject AuditLog auditLog;
  @Inject AuditWriter writer;
  @Inject AccountAdministration administration;
  @Inject TestAccounts testAccounts;

  private Account admin;
  private Account person;

  @BeforeEach
  void createPeople() {
    admin = testAccounts.create("admin", Role.ADMIN);
    person = testAccounts.create("person");
  }

  @Test
  void grantingARoleIsRecordedWithTheRolesBeforeAndAfter() throws Exception {
    as(admin.getUsername(), ADMIN, run(() -> administration.grant(person.getId(), Role.MODERATOR)));

    AuditEntry entry = single(byAdmin("account.role.grant"));
    assertThat(entry.getActorId()).isEqualTo(admin.getId());
    assertThat(entry.getSubjectKind()).isEqualTo("account");
    assertThat(entry.getSubjectId()).isEqualTo(String.valueOf(person.getId()));
    assertThat(entry.getBefore()).isEqualTo("USER");
    assertThat(entry.getAfter()).isEqualTo("MODERATOR, USER");
    assertThat(entry.getOccurredAt()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void revokingARoleAndEndingSessionsAreRecorded() throws Exception {
    as(admin.getUsername(), ADMIN, run(() -> administration.grant(person.getId(), Role.MODERATOR)));
    as(
        admin.getUsername(),
        ADMIN,
        run(() -> administration.revoke(person.getId(), Role.MODERATOR)));
    as(admin.getUsername(), ADMIN, run(() -> administration.endSessions(person.getId())));

    AuditEntry revoked = single(byAdmin("account.role.revoke"));
    assertThat(revoked.getBefore()).isEqualTo("MODERATOR, USER");
    assertThat(revoked.getAfter()).isEqualTo("USER");
    assertThat(single(byAdmin("account.sessions.end")).getSubjectId())
        .isEqualTo(String.valueOf(person.getId()));
    assertThat(byAdmin("account")).hasSize(3);
  }

  @Test
  void aChangeThatChangesNothingOrIsRefusedLeavesNoEntry() throws Exception {
    as(admin.getUsername(), ADMIN, run(() -> administration.grant(person.getId(), Role.USER)));
    assertThatThrownBy(
            () ->
                as(
                    admin.getUsername(),
                    ADMIN,
                    run(() -> administration.revoke(admin.getId(), Role.ADMIN))))
        .isInstanceOf(Refused.class);
    assertThat(byAdmin("account")).isEmpty();
  }

  @Test
  void anEntryRollsBackWithItsChange() throws Exception {
    Actor actor = actor();
    assertThatThrownBy(() -> writer.recordThenFail(actor, event("test.rollback")))
        .hasRootCauseInstanceOf(IllegalStateException.class);
    assertThat(search(new AuditFilter(actor.username(), null, null, null))).isEmpty();
  }

  @Test
  void recordingOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> auditLog.record(actor(), event("test.alone")))
        .isInstanceOf(EJBTransactionRequiredException.class);
  }

  @Test
  void entriesAreFoundByPersonActionFamilyAndDays() throws Exception {
    Actor actor = actor();
    String family = "test." + AuditWriter.uniqueWord();
    writer.recordAt(actor, event(family + ".open"), Instant.parse("2020-01-01T12:00:00Z"));
    writer.recordAt(actor, event(family + ".close"), Instant.parse("2020-01-02T12:00:00Z"));
    writer.recordAt(actor, event(family + ".open"), Instant.parse("2020-01-03T12:00:00Z"));
    writer.recordAt(actor(), event(family + ".open"), Instant.parse("2020-01-02T13:00:00Z"));

    assertThat(search(new AuditFilter(actor.username(), null, null, null))).hasSize(3);
    assertThat(search(new AuditFilter(null, family, null, null))).hasSize(4);
    assertThat(search(new AuditFilter(actor.username(), family + ".open", null, null)))
        .extracting(AuditEntry::getAction)
        .containsExactly(family + ".open", family + ".open");
    assertThat(search(filter(null, family, "2020-01-02", "2020-01-02")))
        .extracting(AuditEntry::getOccurredAt)
        .containsExactly(
            Instant.parse("2020-01-02T13:00:00Z"), Instant.parse("2020-01-02T12:00:00Z"));
    assertThat(search(filter(actor.username(), null, "2020-01-02", null))).hasSize(2);
    assertThat(search(filter(actor.username(), null, null, "2020-01-01"))).hasSize(1);
    assertThat(search(new AuditFilter(null, "test.no.such.family", null, null))).isEmpty();
    assertThat(as(admin.getUsername(), ADMIN, () -> auditLog.actions()))
        .contains(family + ".open", family + ".close");
  }

  @Test
  void theTablePagesAndSortsInTheDatabaseNewestFirstByDefault() throws Exception {
    Actor actor = actor();
    List<String> actions =
        List.of("test.delta", "test.alpha", "test.echo", "test.charlie", "test.bravo");
    for (int i = 0; i < actions.size(); i++) {
      writer.recordAt(
          actor, event(actions.get(i)), Instant.parse("2021-05-01T10:00:00Z").plusSeconds(i));
    }
    var model =
        new AuditEntriesModel(auditLog, new AuditFilter(actor.username(), null, null, null));

    as(
        admin.getUsername(),
        ADMIN,
        () -> {
          assertThat(model.count(Map.of())).isEqualTo(5);
          assertThat(model.load(0, 2, Map.of(), Map.of()))
              .extracting(AuditEntry::getAction)
              .containsExactly("test.bravo", "test.charlie");
          assertThat(model.load(2, 2, Map.of(), Map.of()))
              .extracting(AuditEntry::getAction)
              .containsExactly("test.echo", "test.alpha");
          Map<String, SortMeta> byAction =
              Map.of(
                  "action", SortMeta.builder().field("action").order(SortOrder.ASCENDING).build());
          assertThat(model.load(0, 3, byAction, Map.of()))
              .extracting(AuditEntry::getAction)
              .containsExactly("test.alpha", "test.bravo", "test.charlie");
          assertThat(model.load(3, 3, byAction, Map.of()))
              .extracting(AuditEntry::getAction)
              .containsExactly("test.delta", "test.echo");
          return null;
        });
  }

  @Test
  void theExportHoldsTheFilteredEntriesNewestFirst() throws Exception {
    Actor actor = actor();
    writer.recordAt(actor, event("test.first"), Instant.parse("2022-01-01T10:00:00Z"));
    writer.recordAt(actor, event("test.second"), Instant.parse("2022-01-01T11:00:00Z"));
    List<AuditEntry> exported =
        as(
            admin.getUsername(),
            ADMIN,
            () -> auditLog.export(new AuditFilter(actor.username(), null, null, null)));
    assertThat(exported)
        .extracting(AuditEntry::getAction)
        .containsExactly("test.second", "test.first");
  }

  @Test
  void overlongTextIsShortenedNotRefused() throws Exception {
    Actor actor = actor();
    writer.record(
        actor, event("test.long").change("x".repeat(5000), null).because("y".repeat(3000)));
    AuditEntry entry = single(search(new AuditFilter(actor.username(), null, null, null)));
    assertThat(entry.getBefore()).hasSize(2000).endsWith("…");
    assertThat(entry.getReason()).hasSize(1000);
  }

  @Test
  void onlyAdministratorsReadTheLog() throws Exception {
    AuditFilter any = AuditFilter.ANY;
    for (Role[] roles : List.of(USER, MODERATOR)) {
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> auditLog.count(any)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(
              () ->
                  as(
                      person.getUsername(),
                      roles,
                      () -> auditLog.search(any, AuditSort.NEWEST_FIRST, 0, 10)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> auditLog.export(any)))
          .isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> as(person.getUsername(), roles, () -> auditLog.actions()))
          .isInstanceOf(EJBAccessException.class);
    }
    assertThatThrownBy(() -> anonymously(() -> auditLog.count(any)))
        .isInstanceOf(EJBAccessException.class);
    assertThat(as(admin.getUsername(), ADMIN, () -> auditLog.count(any))).isNotNegative();
  }

  @Test
  void onlyAdministratorsMakeTheChangesTheLogRecords() {
    for (Role[] roles : List.of(USER, MODERATOR)) {
      assertThatThrownBy(
              () ->
                  as(
                      person.getUsername(),
                      roles,
                      run(() -> administration.endSessions(person.getId()))))
          .isInstanceOf(EJBAccessException.class);
    }
  }

  private List<AuditEntry> byAdmin(String action) throws Exception {
    return search(new AuditFilter(admin.getUsername(), action, null, null));
  }

  private List<AuditEntry> search(AuditFilter filter) throws Exception {
    return as(
        admin.getUsername(), ADMIN, () -> auditLog.search(filter, AuditSort.NEWEST_FIRST, 0, 100));
  }

  private static AuditFilter filter(String person, String action, String from, String to) {
    return AuditFilter.parse(person, action, from, to).filter();
  }

  private static AuditEntry single(List<AuditEntry> entries) {
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  /** Someone no other test acts as: entries are told apart by their actor. */
  private static Actor actor() {
    return new Actor(-1, "auditor-" + AuditWriter.uniqueWord());
  }

  private static AuditEvent event(String action) {
    return AuditEvent.of(action, "listing", 42);
  }
}
