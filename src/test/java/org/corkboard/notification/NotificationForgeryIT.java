package org.corkboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.testing.Identities.as;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.ListingForms;
import org.corkboard.messaging.Chats;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.control.PreferenceLinks;
import org.corkboard.notification.entity.Delivery;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.TestAccounts;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged requests to the notification centre and the e-mail settings are refused and change
 * nothing: each form is sent in every {@link Forgery} and with the cookies of another person who is
 * signed in, then for real, which must still work.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class NotificationForgeryIT {

  private static final Role[] USER = {Role.USER};
  private static final Pattern DELIVERY = Pattern.compile("name=\"([^\"]*:delivery)\"");

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(NotificationForgeryIT.class, ListingForms.class, Chats.class)
        .addClasses(WebClient.class, Forgery.class);
  }

  @Inject Notifications notifications;
  @Inject PreferenceLinks links;
  @Inject Chats chats;
  @Inject TestAccounts testAccounts;

  private Account seller;
  private WebClient browser;
  private WebClient stranger;

  /** The seller is told of a buyer's message: one unread notification. */
  @BeforeEach
  void notifyTheSeller() throws Exception {
    seller = testAccounts.create("seller");
    chats.contact(testAccounts.create("buyer"), chats.listingOf(seller), "Still available?");
    browser = signedIn(seller);
    stranger = signedIn(testAccounts.create("stranger"));
  }

  @Test
  void aForgedMarkAllReadLeavesThemUnread() throws Exception {
    Page centre = browser.get("/notifications");
    Forgery.allRefused(() -> browser.form(centre, "notifications"), "markAllRead", stranger);
    assertThat(unread()).isEqualTo(1);

    Page marked = browser.submit(centre, "notifications", Map.of(), "markAllRead");
    assertThat(marked.html()).contains("All notifications are marked as read.");
    assertThat(unread()).isZero();
  }

  @Test
  void aForgedOpenLeavesTheNotificationUnread() throws Exception {
    Page centre = browser.get("/notifications");
    String open = centre.buttonId("cb-open");
    Forgery.allRefused(() -> browser.form(centre, "notifications"), open, stranger);
    assertThat(unread()).isEqualTo(1);

    Page opened = browser.submit(centre, "notifications", Map.of(), open);
    assertThat(opened.url()).contains("/inbox/");
    assertThat(unread()).isZero();
  }

  @Test
  void forgedEmailSettingsChangeNothing() throws Exception {
    Map<NotificationKind, Delivery> before = preferences();
    Page settings = browser.get("/account/notifications");
    Map<String, String> none = everyChoice(settings, Delivery.NONE);
    Forgery.allRefused(
        () -> browser.form(settings, "emailSettings").set(none), "saveEmailSettings", stranger);
    assertThat(preferences()).isEqualTo(before).doesNotContainValue(Delivery.NONE);

    browser.submit(settings, "emailSettings", none, "saveEmailSettings");
    assertThat(preferences().values()).containsOnly(Delivery.NONE);
  }

  @Test
  void aForgedOneClickPreferenceChangesNothing() throws Exception {
    String link = links.link(seller.getId(), NotificationKind.NEW_MESSAGE);
    var mailReader = new WebClient();
    Page page = mailReader.get(link);
    Map<String, String> none = Map.of("delivery", "NONE");
    Forgery.allRefused(
        () -> mailReader.form(page, "mailPreference").set(none), "savePreference", stranger);
    Page madeUp = mailReader.get(link.replaceAll("token=[^&]+", "token=1.NEW_MESSAGE.forged"));
    assertThat(madeUp.html())
        .contains("This link is not valid.")
        .doesNotContain("id=\"mailPreference\"");
    assertThat(preferences().get(NotificationKind.NEW_MESSAGE)).isNotEqualTo(Delivery.NONE);

    Page saved = mailReader.submit(page, "mailPreference", none, "savePreference");
    assertThat(saved.html()).contains("Saved: new messages now reach you only on Corkboard.");
    assertThat(preferences().get(NotificationKind.NEW_MESSAGE)).isEqualTo(Delivery.NONE);
  }

  private long unread() throws Exception {
    return as(seller.getUsername(), USER, notifications::unread);
  }

  private Map<NotificationKind, Delivery> preferences() throws Exception {
    return as(seller.getUsername(), USER, notifications::preferences);
  }

  /** Every choice of the settings page, set to the delivery. */
  private static Map<String, String> everyChoice(Page settings, Delivery delivery) {
    Map<String, String> choices = new LinkedHashMap<>();
    Matcher names = DELIVERY.matcher(settings.html());
    while (names.find()) {
      choices.put(names.group(1), delivery.name());
    }
    assertThat(choices)
        .hasSize(
            (int)
                java.util.Arrays.stream(NotificationKind.values())
                    .filter(NotificationKind::isChosenPerKind)
                    .count());
    return choices;
  }

  private static WebClient signedIn(Account account) throws Exception {
    return WebClient.signedIn(account.getUsername(), TestAccounts.PASSWORD);
  }
}
