package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/** Contacting a seller, the inbox and a conversation over HTTP, as each person sees them. */
class MessagingPagesIT extends PagesTestBase {

  private static final Pattern CONVERSATION = Pattern.compile("/inbox/(\\d+)$");

  @Test
  void aColleagueWritesTheSellerReadsAndTheWriterSeesItSeen() throws Exception {
    var seller = signedInAs(verifiedAccount());
    var buyer = signedInAs(verifiedAccount());
    String title = "Bike " + unique("chat");
    Page listing = publish(seller, draftListing(seller, title), title);
    assertThat(listing.html())
        .as("no contact form on one's own listing")
        .doesNotContain("id=\"contactForm\"");

    Page offer = buyer.get(listing.url());
    assertThat(offer.html()).contains("id=\"contactForm\"");
    Page empty = buyer.submit(offer, "contactForm", Map.of("text", "  "), "sendMessage");
    assertThat(empty.html()).contains("Write a message first.");

    Page sent =
        buyer.submit(
            offer,
            "contactForm",
            Map.of("text", "Is it still <b>available</b>?\nToday?"),
            "sendMessage");
    Matcher id = CONVERSATION.matcher(sent.url());
    assertThat(id.find()).as(sent.url()).isTrue();
    assertThat(sent.html())
        .contains("Your message is sent.")
        .contains("Is it still &lt;b&gt;available&lt;/b&gt;?<br")
        .doesNotContain("<b>available</b>")
        .contains(title);

    Page sellersHome = seller.get("/");
    assertThat(sellersHome.html()).containsPattern("id=\"inboxBadge\"[^>]*>1<");
    Page inbox = seller.get("/inbox");
    assertThat(inbox.html()).contains(title).contains("cb-unread").contains("Today?");
    assertThat(seller.get("/inbox?show=selling").html()).contains(title);
    assertThat(seller.get("/inbox?show=buying").html())
        .doesNotContain(title)
        .contains("Nothing here.");

    Page opened = seller.get("/inbox/" + id.group(1));
    assertThat(opened.html()).contains("Is it still &lt;b&gt;available&lt;/b&gt;?");
    assertThat(seller.get("/").html()).doesNotContain("id=\"inboxBadge\"");

    Page reply = seller.submit(opened, "chat", Map.of("text", "Yes, come by at five."), "send");
    assertThat(reply.html()).contains("Yes, come by at five.");
    Page buyersView = buyer.get("/inbox/" + id.group(1));
    assertThat(buyersView.html()).contains("Yes, come by at five.").contains("class=\"cb-seen\"");

    Page again = buyer.get(listing.url());
    assertThat(again.html()).contains("id=\"conversationLink\"");
  }

  @Test
  void othersCannotOpenAConversationAndAnonymousVisitorsAreAskedToSignIn() throws Exception {
    var seller = signedInAs(verifiedAccount());
    var buyer = signedInAs(verifiedAccount());
    var third = signedInAs(verifiedAccount());
    String title = "Lamp " + unique("private");
    Page listing = publish(seller, draftListing(seller, title), title);
    Page sent =
        buyer.submit(
            buyer.get(listing.url()), "contactForm", Map.of("text", "Hello"), "sendMessage");
    String conversation = sent.url().substring(sent.url().indexOf("/inbox/"));

    Page refused = third.get(conversation);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.html()).doesNotContain("Hello");

    var anonymous = new WebClient();
    assertThat(anonymous.get(conversation).url()).contains("/account/sign-in");
    Page asAnonymous = anonymous.get(listing.url());
    assertThat(asAnonymous.html())
        .doesNotContain("id=\"contactForm\"")
        .contains("/inbox/write?listing=");
    assertThat(anonymous.get("/inbox/write?listing=1").url()).contains("/account/sign-in");
    assertThat(buyer.get("/inbox/abc").status()).isEqualTo(404);
  }

  @Test
  void aForgedContactFormSendsNothing() throws Exception {
    var seller = signedInAs(verifiedAccount());
    var buyer = signedInAs(verifiedAccount());
    String title = "Desk " + unique("forged");
    Page listing = publish(seller, draftListing(seller, title), title);
    Page offer = buyer.get(listing.url());

    Forgery.allRefused(
        () -> buyer.form(offer, "contactForm").set("text", "Forged hello"), "sendMessage");
    assertThat(seller.get("/inbox").html()).doesNotContain(title);
  }
}
