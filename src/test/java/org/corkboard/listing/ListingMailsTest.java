package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.corkboard.listing.control.ListingMails;
import org.corkboard.platform.Settings;
import org.junit.jupiter.api.Test;

class ListingMailsTest {

  private static final Instant CHRISTMAS_EVE = Instant.parse("2026-12-24T09:30:00Z");

  @Test
  void daysAreWrittenInEnglishWithoutLeadingZero() {
    assertThat(ListingMails.day(CHRISTMAS_EVE)).isEqualTo("24 December 2026");
    assertThat(ListingMails.day(Instant.parse("2027-03-05T12:00:00Z"))).isEqualTo("5 March 2027");
  }

  @Test
  void daysAreCountedInUtc() {
    assertThat(ListingMails.day(Instant.parse("2026-12-24T23:59:59Z")))
        .isEqualTo("24 December 2026");
    assertThat(ListingMails.day(Instant.parse("2026-12-25T00:00:00Z")))
        .isEqualTo("25 December 2026");
  }

  @Test
  void theReminderSubjectNamesTheListingAndTheDay() {
    assertThat(ListingMails.expiryReminderSubject("Red city bike", CHRISTMAS_EVE))
        .isEqualTo("Your listing “Red city bike” expires on 24 December 2026");
  }

  @Test
  void theReminderSubjectStaysOnOneLine() {
    assertThat(ListingMails.expiryReminderSubject("Red\r\ncity  bike ", CHRISTMAS_EVE))
        .isEqualTo("Your listing “Red city bike” expires on 24 December 2026");
  }

  @Test
  void theReminderLinksToTheListingAndToTheRenewPage() {
    String body =
        ListingMails.expiryReminderBody(
            "Alice", "Red city bike", 42, CHRISTMAS_EVE, Duration.ofDays(30));

    assertThat(body)
        .startsWith("Hello Alice,")
        .contains("“Red city bike” expires on 24 December 2026")
        .contains(Settings.baseUrl() + "/listings/42\n")
        .contains(Settings.baseUrl() + "/listing/mine\n")
        .contains("another 30 days");
    assertThat(ListingMails.listingLink(42)).isEqualTo(Settings.baseUrl() + "/listings/42");
  }
}
