package org.corkboard.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.SecurityHeaders;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.corkboard.testing.WebClient.Upload;
import org.junit.jupiter.api.Test;

/** A listing's page and pictures over HTTP: what its owner, others and caches may do with them. */
class ListingPageAccessIT extends PagesTestBase {

  @Test
  void anotherUserPostingTheOwnerFormIsRefusedAndNothingChanges() throws Exception {
    var seller = signedInAs(verifiedAccount());
    var other = signedInAs(verifiedAccount());
    Page listing = publish(seller, draftListing(seller, "Bike " + unique("owner")), "Owned bike");
    assertThat(listing.html()).contains("id=\"owner\"");

    // The other's own form token, so that the request passes as theirs and reaches the service.
    Map<String, String> ownToken =
        Map.of(Forgery.TOKEN, other.get("/").hiddenFields("nav").get(Forgery.TOKEN));
    for (String button : new String[] {"renew", "markSold", "close", "delete"}) {
      Page answer = other.submit(listing, "owner", ownToken, button);
      assertThat(answer.status()).as(button).isEqualTo(403);
      assertThat(answer.html()).as(button).contains("You may not see this");
      SecurityHeaders.assertPresent(answer);
    }
    Page withoutScript = other.submitWithoutScript(listing, "owner", ownToken, "delete");
    assertThat(withoutScript.status()).isEqualTo(403);

    Page after = seller.get(listing.url());
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.html()).contains("Owned bike").doesNotContain("id=\"statusBanner\"");
  }

  @Test
  void changesAtTheSameMomentAnswerWithAConflictNeverAServerError() throws Exception {
    var seller = signedInAs(verifiedAccount());
    Page listing = publish(seller, draftListing(seller, "Bike " + unique("race")), "Raced bike");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<Page>>();
      for (int i = 0; i < 24; i++) {
        answers.add(pool.submit(() -> seller.submit(listing, "owner", Map.of(), "renew")));
      }
      for (var answer : answers) {
        Page page = answer.get();
        assertThat(page.status()).isIn(200, 409);
        if (page.status() == 409) {
          assertThat(page.html()).contains("Changed at the same moment");
          SecurityHeaders.assertPresent(page);
        }
      }
    } finally {
      pool.shutdown();
    }
    assertThat(seller.get(listing.url()).html()).contains("Raced bike");
  }

  @Test
  void theOwnerFormWorksForItsOwnerWithOrWithoutScript() throws Exception {
    var seller = signedInAs(verifiedAccount());
    Page listing = publish(seller, draftListing(seller, "Bike " + unique("renew")), "Own bike");

    Page renewed = seller.submitWithoutScript(listing, "owner", Map.of(), "renew");
    assertThat(renewed.status()).isEqualTo(200);
    assertThat(renewed.html()).contains("Renewed: your listing now runs until");
    Page sold = seller.submit(renewed, "owner", Map.of(), "markSold");
    assertThat(sold.html()).contains("Marked as sold.");
  }

  @Test
  void aDraftsPictureIsCachedPrivatelyAndHiddenFromStrangersWhateverTheyKnow() throws Exception {
    var seller = signedInAs(verifiedAccount());
    var other = signedInAs(verifiedAccount());
    var anonymous = new WebClient();
    Page draft = draftListing(seller, "Bike " + unique("draft"));
    addPicture(seller, draft, new Upload("bike.png", "image/png", TestImages.png(400, 300)));
    draft = seller.get(draft.url());
    String picture = firstPicture(draft);

    Page mine = seller.get(picture);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.header("Cache-Control"))
        .singleElement()
        .satisfies(cache -> assertThat(cache).contains("private").doesNotContain("public"));
    String etag = mine.header("ETag").get(0);
    assertThat(seller.get(picture, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
    for (WebClient stranger : new WebClient[] {other, anonymous}) {
      assertThat(stranger.get(picture, Map.of("If-None-Match", etag)).status()).isEqualTo(404);
      assertThat(stranger.get(picture).status()).isEqualTo(404);
    }

    publish(seller, draft, "Published bike");
    Page listed = anonymous.get(picture);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.header("Cache-Control"))
        .singleElement()
        .satisfies(cache -> assertThat(cache).startsWith("public"));
  }

  @Test
  void avatarsAreCachedPublicly() throws Exception {
    var person = signedInAs(verifiedAccount());
    Page profile = person.get("/account/profile");
    Page saved =
        person.submitFile(
            profile,
            "avatarForm",
            Map.of("uploadAvatar", ""),
            "avatar",
            new Upload("me.png", "image/png", TestImages.png(300, 300)));
    assertThat(saved.html()).contains("Your new picture is saved.");
    Matcher avatar = Pattern.compile("src=\"(/avatars/\\d+)\\?v=\\d+\"").matcher(saved.html());
    assertThat(avatar.find()).isTrue();

    Page image = new WebClient().get(avatar.group(1));
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.header("Cache-Control"))
        .singleElement()
        .satisfies(cache -> assertThat(cache).startsWith("public"));
  }
}
