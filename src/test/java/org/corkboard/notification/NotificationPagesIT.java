package org.corkboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/** The notification centre, the e-mail settings and an e-mail's preference link, over HTTP. */
class NotificationPagesIT extends PagesTestBase {

  private static final Pattern DELIVERY = Pattern.compile("name=\"([^\"]*:delivery)\"");

  @Test
  void aNewMessageReachesTheCentreAndTheInboxByMailAndItsLinkTurnsSuchMailsOff() throws Exception {
    String sellerName = verifiedAccount();
    var seller = signedInAs(sellerName);
    var buyer = signedInAs(verifiedAccount());
    String title = "Tent " + unique("notice");
    Page listing = publish(seller, draftListing(seller, title), title);
    buyer.submit(
        buyer.get(listing.url()), "contactForm", Map.of("text", "Still free?"), "sendMessage");

    Message mail = MailBox.await(greenMail, sellerName + "@test.example", 2);
    assertThat(mail.getSubject()).contains("wrote to you about “" + title + "”");
    String link = MailBox.link(mail, "/account/mail-preference");

    Page centre = seller.get("/notifications");
    assertThat(centre.html()).contains(title).contains("Still free?").contains("id=\"bellBadge\"");
    Page opened = seller.submit(centre, "notifications", Map.of(), firstOpenButton(centre));
    assertThat(opened.url()).contains("/inbox/");
    assertThat(seller.get("/notifications").html()).doesNotContain("id=\"bellBadge\"");

    var anonymous = new WebClient();
    Page preference = anonymous.get(link);
    assertThat(preference.html()).contains("E-mails about: new messages");
    Page saved =
        anonymous.submit(
            preference, "mailPreference", Map.of("delivery", "NONE"), "savePreference");
    assertThat(saved.html()).contains("Saved: new messages now reach you only on Corkboard.");
    assertThat(selected(seller.get("/account/notifications"), 0)).isEqualTo("NONE");

    Page forged = anonymous.get(link.replaceAll("token=\\d+", "token=1"));
    assertThat(forged.html()).contains("This link is not valid.");
  }

  @Test
  void theSettingsPageSavesEachKindsChoiceAndRefusesGarbage() throws Exception {
    var person = signedInAs(verifiedAccount());
    Page settings = person.get("/account/notifications");
    Map<String, String> asShown = new java.util.LinkedHashMap<>();
    Matcher names = DELIVERY.matcher(settings.html());
    while (names.find()) {
      asShown.put(names.group(1), "IMMEDIATE");
    }
    // Every kind but the saved searches' alerts, whose timing each saved search chooses.
    assertThat(asShown).hasSize(NotificationKind.values().length - 1);
    String first = asShown.keySet().iterator().next();

    Page garbage =
        person
            .form(settings, "emailSettings")
            .set(asShown)
            .set(first, "LOUDLY")
            .press("saveEmailSettings");
    assertThat(garbage.status()).isLessThan(500);
    assertThat(selected(person.get("/account/notifications"), 0)).isEqualTo("IMMEDIATE");

    Page saved =
        person
            .form(settings, "emailSettings")
            .set(asShown)
            .set(first, "DIGEST")
            .press("saveEmailSettings");
    assertThat(saved.html()).contains("Your e-mail settings are saved.");
    assertThat(selected(saved, 0)).isEqualTo("DIGEST");
    assertThat(selected(saved, 1)).isEqualTo("IMMEDIATE");
  }

  /** The value selected in the n-th choice of the settings page. */
  private static String selected(Page settings, int index) {
    Matcher option = Pattern.compile("<option value=\"(\\w+)\" selected").matcher(settings.html());
    for (int i = 0; i <= index; i++) {
      assertThat(option.find()).as("choice " + i).isTrue();
    }
    return option.group(1);
  }

  private static String firstOpenButton(Page centre) {
    Matcher button =
        Pattern.compile("name=\"([^\"]+)\"[^>]*>\\s*<span[^>]*>Open<").matcher(centre.html());
    if (!button.find()) {
      Matcher any =
          Pattern.compile("<button id=\"([^\"]+)\" name=\"[^\"]+\"[^>]*aria-label=\"Open:")
              .matcher(centre.html());
      assertThat(any.find()).as("an Open button").isTrue();
      return any.group(1);
    }
    return button.group(1);
  }
}
