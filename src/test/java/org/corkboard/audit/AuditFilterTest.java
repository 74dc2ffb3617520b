package org.corkboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void emptyFieldsFilterNothing() {
    var parsed = AuditFilter.parse(null, " ", "", null);
    assertThat(parsed.filter()).isEqualTo(AuditFilter.ANY);
    assertThat(parsed.notes()).isEmpty();
  }

  @Test
  void aPersonIsFoundByTheirUsernameInLowerCase() {
    assertThat(AuditFilter.parse(" Alice ", null, null, null).filter().person()).isEqualTo("alice");
  }

  @Test
  void anOverlongUsernameIsLeftOutWithANote() {
    var parsed = AuditFilter.parse("x".repeat(31), null, null, null);
    assertThat(parsed.filter().person()).isNull();
    assertThat(parsed.notes()).singleElement().asString().contains("username");
  }

  @Test
  void anActionOrAFamilyOfActionsIsAccepted() {
    assertThat(AuditFilter.parse(null, "Account.Role.Grant", null, null).filter().action())
        .isEqualTo("account.role.grant");
    assertThat(AuditFilter.parse(null, "account.role", null, null).filter().action())
        .isEqualTo("account.role");
  }

  @Test
  void somethingThatIsNoActionIsLeftOutWithANote() {
    for (String bad : new String[] {"account.%", "a_b", "account..role", "1.2", "<script>"}) {
      var parsed = AuditFilter.parse(null, bad, null, null);
      assertThat(parsed.filter().action()).as(bad).isNull();
      assertThat(parsed.notes()).as(bad).singleElement().asString().contains("account.role");
    }
  }

  @Test
  void datesAreIsoDaysAndABadOneIsLeftOutWithANote() {
    var parsed = AuditFilter.parse(null, null, "2026-03-01", "1.3.2026");
    assertThat(parsed.filter().from()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(parsed.filter().to()).isNull();
    assertThat(parsed.notes()).singleElement().asString().contains("end date");
  }

  @Test
  void anEndBeforeTheStartIsSwapped() {
    var parsed = AuditFilter.parse(null, null, "2026-03-10", "2026-03-01");
    assertThat(parsed.filter().from()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(parsed.filter().to()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(parsed.notes()).singleElement().asString().contains("swapped");
  }

  @Test
  void theRangeCoversWholeDaysOfTheZone() {
    var filter = AuditFilter.parse(null, null, "2026-03-01", "2026-03-01").filter();
    assertThat(filter.since(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(filter.until(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(filter.since(ZoneId.of("Europe/Berlin")))
        .isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(AuditFilter.ANY.since(ZoneOffset.UTC)).isNull();
    assertThat(AuditFilter.ANY.until(ZoneOffset.UTC)).isNull();
  }

  @Test
  void theQueryStringCarriesWhatIsSet() {
    var filter = AuditFilter.parse("a b", "account.role", "2026-03-01", null).filter();
    assertThat(filter.query()).isEqualTo("person=a+b&action=account.role&from=2026-03-01");
    assertThat(AuditFilter.ANY.query()).isEmpty();
  }

  @Test
  void onlyKnownColumnsAreSortedByAndNewestFirstIsTheRest() {
    assertThat(AuditSort.by("actorUsername", true))
        .isEqualTo(new AuditSort(AuditSort.Column.ACTOR, true));
    assertThat(AuditSort.by("reason; DROP TABLE", true)).isEqualTo(AuditSort.NEWEST_FIRST);
    assertThat(AuditSort.by(null, true)).isEqualTo(AuditSort.NEWEST_FIRST);
  }
}
