package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corkboard.testing.Forgery;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forged requests to every account form are refused and change nothing: each form is first sent in
 * every {@link Forgery}, then for real, which must still work.
 */
@Tag("persistence")
class AccountForgeryIT extends PagesTestBase {

  private static final String NEW_PASSWORD = "an entirely new passphrase";

  @Test
  void aForgedSignInSignsNobodyIn() throws Exception {
    String name = verifiedAccount();
    var browser = new WebClient();
    Page page = browser.get("/account/sign-in");
    Map<String, String> fields = Map.of("identifier", name, "password", PASSWORD);
    Forgery.allRefused(() -> browser.form(page, "signIn").set(fields), "submit");
    assertThat(isSignedIn(browser)).isFalse();

    browser.submit(page, "signIn", fields, "submit");
    assertThat(isSignedIn(browser)).isTrue();
  }

  @Test
  void aForgedRegistrationCreatesNoAccount() throws Exception {
    var browser = new WebClient();
    String name = unique("forgedreg");
    String email = name + "@test.example";
    Page page = browser.get("/account/register");
    Map<String, String> fields =
        Map.of("username", name, "email", email, "displayName", "Display", "password", PASSWORD);
    Forgery.allRefused(() -> browser.form(page, "register").set(fields), "submit");

    Page registered = browser.submit(page, "register", fields, "submit");
    assertThat(registered.html())
        .as("the name is still free")
        .contains("we sent a link to " + email);
    MailBox.await(greenMail, email, 1);
    assertThat(MailBox.to(greenMail, email)).hasSize(1);
  }

  @Test
  void aForgedPasswordResetRequestSendsNoMail() throws Exception {
    String name = verifiedAccount();
    String email = name + "@test.example";
    var browser = new WebClient();
    Page page = browser.get("/account/forgot-password");
    Forgery.allRefused(() -> browser.form(page, "forgot").set("email", email), "submit");

    browser.submit(page, "forgot", Map.of("email", email), "submit");
    MailBox.await(greenMail, email, 2);
    assertThat(MailBox.to(greenMail, email)).as("the confirmation and one reset link").hasSize(2);
  }

  @Test
  void aForgedNewPasswordLeavesThePasswordAndTheLink() throws Exception {
    String name = verifiedAccount();
    String email = name + "@test.example";
    var browser = new WebClient();
    browser.submit(
        browser.get("/account/forgot-password"), "forgot", Map.of("email", email), "submit");
    Page page =
        browser.get(MailBox.link(MailBox.await(greenMail, email, 2), "/account/reset-password"));
    Forgery.allRefused(() -> browser.form(page, "reset").set("password", NEW_PASSWORD), "submit");
    assertThat(isSignedIn(signedIn(name, PASSWORD))).isTrue();

    Page done = browser.submit(page, "reset", Map.of("password", NEW_PASSWORD), "submit");
    assertThat(done.html()).contains("Your new password is set");
  }

  @Test
  void aForgedConfirmationLeavesTheLinkUsable() throws Exception {
    var browser = new WebClient();
    String name = unique("forgedverify");
    String link = confirmationLink(browser, name);
    Page page = browser.get(link);
    Forgery.allRefused(() -> browser.form(page, "verify"), "confirm");

    Page confirmed = browser.submit(page, "verify", Map.of(), "confirm");
    assertThat(confirmed.html()).contains("your e-mail address is confirmed");
  }

  @Test
  void aForgedResendOfTheConfirmationLinkSendsNoNewLink() throws Exception {
    var browser = new WebClient();
    String name = unique("forgedresend");
    String link = confirmationLink(browser, name);
    Page home = signIn(browser, name, PASSWORD, false);
    Forgery.allRefused(() -> browser.form(home, "unverified"), "unverified:resend");

    Page confirmed = browser.submit(browser.get(link), "verify", Map.of(), "confirm");
    assertThat(confirmed.html())
        .as("the first link still works, so no new one replaced it")
        .contains("your e-mail address is confirmed");
  }

  @Test
  void aForgedProfileChangeChangesNothing() throws Exception {
    String name = verifiedAccount();
    var browser = signedIn(name, PASSWORD);
    Page profile = browser.get("/account/profile");
    Forgery.allRefused(
        () -> browser.form(profile, "profile").set("displayName", "Forged"), "saveProfile");
    assertThat(browser.get("/account/profile").html()).doesNotContain("Forged");

    Page saved =
        browser.submit(profile, "profile", Map.of("displayName", "Zoë Łukasz"), "saveProfile");
    assertThat(saved.html()).contains("Your profile is saved.").contains("Zoë Łukasz");
  }

  @Test
  void forgedPictureChangesChangeNothing() throws Exception {
    var browser = signedIn(verifiedAccount(), PASSWORD);
    Page profile = browser.get("/account/profile");
    byte[] picture = TestImages.png(300, 300);
    Forgery.allRefused(
        () -> browser.form(profile, "avatarForm").file("avatar", picture), "uploadAvatar");
    assertThat(browser.get("/account/profile").html()).doesNotContain("id=\"avatarImage\"");

    Page uploaded =
        browser.form(profile, "avatarForm").file("avatar", picture).press("uploadAvatar");
    assertThat(uploaded.html())
        .contains("Your new picture is saved.")
        .contains("id=\"avatarImage\"");
    Forgery.allRefused(() -> browser.form(uploaded, "avatarForm"), "removeAvatar");
    assertThat(browser.get("/account/profile").html()).contains("id=\"avatarImage\"");
  }

  @Test
  void aForgedPasswordChangeLeavesThePassword() throws Exception {
    String name = verifiedAccount();
    var browser = signedIn(name, PASSWORD);
    Page profile = browser.get("/account/profile");
    Map<String, String> fields = Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD);
    Forgery.allRefused(() -> browser.form(profile, "passwordForm").set(fields), "changePassword");
    assertThat(isSignedIn(signedIn(name, PASSWORD))).isTrue();

    Page changed = browser.submit(profile, "passwordForm", fields, "changePassword");
    assertThat(changed.html()).contains("Your password is changed.");
  }

  @Test
  void aForgedAddressChangeSendsNoLink() throws Exception {
    var browser = signedIn(verifiedAccount(), PASSWORD);
    Page profile = browser.get("/account/profile");
    String forged = unique("forged") + "@test.example";
    Forgery.allRefused(
        () -> browser.form(profile, "emailForm").set("newEmail", forged), "changeEmail");

    String real = unique("real") + "@test.example";
    browser.submit(profile, "emailForm", Map.of("newEmail", real), "changeEmail");
    MailBox.await(greenMail, real, 1);
    assertThat(MailBox.to(greenMail, forged)).isEmpty();
  }

  @Test
  void aForgedSignOutKeepsYouSignedIn() throws Exception {
    var browser = signedIn(verifiedAccount(), PASSWORD);
    Page stateless = browser.get("/");
    Page stateful = browser.get("/account/profile");
    for (Page page : List.of(stateless, stateful)) {
      Forgery.allRefused(() -> browser.form(page, "nav"), "nav:signOut");
    }
    assertThat(isSignedIn(browser)).isTrue();

    Page signedOut = browser.submit(stateless, "nav", Map.of(), "nav:signOut");
    assertThat(signedOut.html()).contains("You have been signed out");
    assertThat(isSignedIn(browser)).isFalse();
  }

  @Test
  void formsFromTheSitesOwnPagesAreAccepted() throws Exception {
    var browser = signedIn(verifiedAccount(), PASSWORD);
    Page byOrigin =
        browser
            .form(browser.get("/account/profile"), "profile")
            .set("displayName", "Sent with Origin")
            .header("Origin", WebClient.BASE)
            .press("saveProfile");
    assertThat(byOrigin.html()).contains("Your profile is saved.");
    Page byReferer =
        browser
            .form(browser.get("/account/profile"), "profile")
            .set("displayName", "Sent with Referer")
            .header("Referer", WebClient.BASE + "/account/profile")
            .press("saveProfile");
    assertThat(byReferer.html()).contains("Your profile is saved.").contains("Sent with Referer");
  }

  @Test
  void aStatelessClaimToAPageThatKeepsStateIsRefusedEvenWithTheToken() throws Exception {
    var browser = signedIn(verifiedAccount(), PASSWORD);
    String token = browser.get("/").hiddenFields("nav").get(Forgery.TOKEN);
    Page profile = browser.get("/account/profile");
    Page answer =
        browser
            .form(profile, "profile")
            .set("displayName", "Forged")
            .set(Forgery.VIEW_STATE, "stateless")
            .set(Forgery.TOKEN, token)
            .press("saveProfile");
    Forgery.assertRefused(answer, "a stateless post-back to the profile page");
    assertThat(browser.get("/account/profile").html()).doesNotContain("Forged");
  }

  /** Registers the name and returns the link of the confirmation mail. */
  private static String confirmationLink(WebClient browser, String name) throws Exception {
    register(browser, name, PASSWORD);
    return MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify");
  }

  private static WebClient signedIn(String name, String password) throws Exception {
    var browser = new WebClient();
    signIn(browser, name, password, false);
    return browser;
  }

  private static boolean isSignedIn(WebClient browser) throws Exception {
    return browser.get("/account/profile").url().endsWith("/account/profile");
  }
}
