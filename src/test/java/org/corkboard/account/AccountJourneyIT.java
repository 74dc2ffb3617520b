package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Registration, verification and signing in through the real pages and a real SMTP server, as a
 * person without JavaScript would use them.
 */
class AccountJourneyIT extends PagesTestBase {

  @Test
  void registrationVerificationAndSignIn() throws Exception {
    var browser = new WebClient();
    String name = unique("reg");
    Page registered = register(browser, name, PASSWORD);
    assertThat(registered.html()).contains("we sent a link to " + name + "@test.example");

    Message mail = MailBox.await(greenMail, name + "@test.example", 1);
    assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for Corkboard");
    String link = MailBox.link(mail, "/account/verify");

    Page verify = browser.get(link);
    assertThat(verify.html()).contains("Confirm my address");
    Page confirmed = browser.submit(verify, "verify", Map.of(), "confirm");
    assertThat(confirmed.html()).contains("your e-mail address is confirmed");

    Page home = signIn(browser, name, PASSWORD, false);
    assertThat(home.html())
        .contains("Display " + name)
        .doesNotContain("Confirm your e-mail address (");
  }

  @Test
  void aVerificationLinkWorksOnce() throws Exception {
    var browser = new WebClient();
    String name = unique("once");
    register(browser, name, PASSWORD);
    String link =
        MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify");
    browser.submit(browser.get(link), "verify", Map.of(), "confirm");

    Page again = browser.submit(browser.get(link), "verify", Map.of(), "confirm");
    assertThat(again.html()).contains("This link has expired or was already used");
  }

  @Test
  void anUnverifiedAccountCanSignInAndHaveTheLinkSentAgain() throws Exception {
    var browser = new WebClient();
    String name = unique("unverified");
    register(browser, name, PASSWORD);
    String firstLink =
        MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify");

    Page home = signIn(browser, name, PASSWORD, false);
    assertThat(home.html()).contains("Confirm your e-mail address (" + name + "@test.example)");
    browser.submit(home, "unverified", Map.of(), "unverified:resend");
    String secondLink =
        MailBox.link(MailBox.await(greenMail, name + "@test.example", 2), "/account/verify");

    assertThat(secondLink).isNotEqualTo(firstLink);
    Page stale = browser.submit(browser.get(firstLink), "verify", Map.of(), "confirm");
    assertThat(stale.html()).contains("This link has expired or was already used");
    Page fresh = browser.submit(browser.get(secondLink), "verify", Map.of(), "confirm");
    assertThat(fresh.html())
        .contains("your e-mail address is confirmed")
        .doesNotContain("Confirm your e-mail address (");
  }

  @Test
  void registeringWithATakenAddressRevealsNothingAndTellsItsOwner() throws Exception {
    String name = unique("owner");
    register(new WebClient(), name, PASSWORD);
    MailBox.await(greenMail, name + "@test.example", 1);

    var stranger = new WebClient();
    Page page = stranger.get("/account/register");
    Page answer =
        stranger.submit(
            page,
            "register",
            Map.of(
                "username",
                unique("stranger"),
                "email",
                name + "@test.example",
                "displayName",
                "Stranger",
                "password",
                PASSWORD),
            "submit");

    assertThat(answer.html()).contains("we sent a link to " + name + "@test.example");
    Message notice = MailBox.await(greenMail, name + "@test.example", 2);
    assertThat(MailBox.body(notice)).contains("already belongs to one");
  }

  @Test
  void aCommonPasswordIsRefusedAndWhatWasTypedIsKept() throws Exception {
    var browser = new WebClient();
    String name = unique("weak");
    Page page = browser.get("/account/register");
    Page refused =
        browser.submit(
            page,
            "register",
            Map.of(
                "username",
                name,
                "email",
                name + "@test.example",
                "displayName",
                "Weak Password",
                "password",
                "1q2w3e4r5t6y"),
            "submit");

    assertThat(refused.html())
        .contains("among the most commonly used")
        .contains("value=\"" + name + "\"")
        .contains("value=\"Weak Password\"");
    assertThat(MailBox.to(greenMail, name + "@test.example")).isEmpty();
  }

  @Test
  void aWrongPasswordAndAnUnknownNameGetTheSameClearMessage() throws Exception {
    String name = verifiedAccount();
    Page wrongPassword = signIn(new WebClient(), name, "not the right passphrase", false);
    Page unknownName = signIn(new WebClient(), unique("nobody"), PASSWORD, false);

    String message = "That username or e-mail address and password do not match.";
    assertThat(wrongPassword.html()).contains(message);
    assertThat(unknownName.html()).contains(message);
  }

  @Test
  void signingInChangesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
    String name = verifiedAccount();
    var browser = new WebClient();
    Page signInPage = browser.get("/account/sign-in");
    String before = browser.cookie("JSESSIONID").orElseThrow();
    Page home =
        browser.submit(
            signInPage,
            "signIn",
            Map.of("identifier", name + "@test.example", "password", PASSWORD),
            "submit");
    assertThat(home.html()).contains("Display " + name);
    assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);

    Page signedOut = browser.submit(home, "nav", Map.of(), "nav:signOut");
    assertThat(signedOut.html()).contains("You have been signed out");
    assertThat(browser.get("/account/profile").url()).contains("/account/sign-in");
  }

  @Test
  void rememberMeKeepsYouSignedInWhenTheSessionIsGone() throws Exception {
    String name = verifiedAccount();
    var browser = new WebClient();
    signIn(browser, name, PASSWORD, true);
    assertThat(browser.cookie("corkboard_remember")).isPresent();

    browser.forgetCookie("JSESSIONID");
    Page profile = browser.get("/account/profile");
    assertThat(profile.url()).endsWith("/account/profile");
    assertThat(profile.html()).contains("Display " + name);
  }

  @Test
  void withoutRememberMeALostSessionMeansSigningInAgain() throws Exception {
    String name = verifiedAccount();
    var browser = new WebClient();
    signIn(browser, name, PASSWORD, false);
    assertThat(browser.cookie("corkboard_remember")).isEmpty();

    browser.forgetCookie("JSESSIONID");
    assertThat(browser.get("/account/profile").url()).contains("/account/sign-in");
  }

  @Test
  void aNewEmailAddressCountsOnlyOnceItIsConfirmed() throws Exception {
    String name = verifiedAccount();
    String newAddress = unique("moved") + "@test.example";
    var browser = new WebClient();
    Page profile = signIn(browser, name, PASSWORD, false);
    profile = browser.get("/account/profile");

    Page asked =
        browser.submit(profile, "emailForm", Map.of("newEmail", newAddress), "changeEmail");
    assertThat(asked.html())
        .contains("We sent a link to " + newAddress)
        .contains(name + "@test.example");
    assertThat(signIn(new WebClient(), name + "@test.example", PASSWORD, false).html())
        .contains("Display " + name);

    String link = MailBox.link(MailBox.await(greenMail, newAddress, 1), "/account/verify");
    browser.submit(browser.get(link), "verify", Map.of(), "confirm");
    assertThat(browser.get("/account/profile").html()).contains(newAddress + "</strong>");
    assertThat(signIn(new WebClient(), newAddress, PASSWORD, false).html())
        .contains("Display " + name);
  }

  @Test
  void aProfileWithAnInvalidPhoneIsExplainedAndKeepsWhatWasTyped() throws Exception {
    String name = verifiedAccount();
    var browser = new WebClient();
    signIn(browser, name, PASSWORD, false);
    Page profile = browser.get("/account/profile");

    Page refused =
        browser.submit(
            profile,
            "profile",
            Map.of("displayName", "Renamed Person", "phone", "call me maybe!", "bio", "Bikes"),
            "saveProfile");
    assertThat(refused.html())
        .contains("Use digits, spaces and + ( ) . / - only")
        .contains("value=\"call me maybe!\"")
        .contains("value=\"Renamed Person\"");
    assertThat(browser.get("/account/profile").html()).contains("value=\"Display " + name + "\"");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
    String name = verifiedAccount();
    var laptop = new WebClient();
    var phone = new WebClient();
    signIn(laptop, name, PASSWORD, false);
    signIn(phone, name, PASSWORD, false);

    Page wrong =
        laptop.submit(
            laptop.get("/account/profile"),
            "passwordForm",
            Map.of(
                "currentPassword", "not the current one", "newPassword", "my next long passphrase"),
            "changePassword");
    assertThat(wrong.html()).contains("Your current password is not correct.");

    Page changed =
        laptop.submit(
            laptop.get("/account/profile"),
            "passwordForm",
            Map.of("currentPassword", PASSWORD, "newPassword", "my next long passphrase"),
            "changePassword");
    assertThat(changed.html()).contains("Your password is changed.");
    assertThat(laptop.get("/account/profile").url()).endsWith("/account/profile");
    assertThat(phone.get("/account/profile").url()).contains("/account/sign-in");
  }

  @Test
  void changingThePasswordKeepsThePagesOfTheSameSessionSignedIn() throws Exception {
    var browser = signedInAs(verifiedAccount());
    var answers = new ConcurrentLinkedQueue<String>();
    var changing = new AtomicBoolean(true);
    ExecutorService tabs = Executors.newFixedThreadPool(3);
    for (String path : List.of("/account/profile", "/listing/mine", "/inbox/")) {
      tabs.execute(
          () -> {
            while (changing.get()) {
              try {
                Page page = browser.get(path);
                if (page.status() >= 500 || !page.url().endsWith(path)) {
                  answers.add(path + ": " + page.status() + " at " + page.url());
                }
              } catch (Exception e) {
                answers.add(path + ": " + e);
              }
            }
          });
    }
    try {
      for (int change = 0; change < 15 && answers.isEmpty(); change++) {
        Page changed =
            browser.submit(
                browser.get("/account/profile"),
                "passwordForm",
                Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD),
                "changePassword");
        assertThat(changed.url()).as("change %d", change).endsWith("/account/profile");
      }
    } finally {
      changing.set(false);
      tabs.shutdown();
      tabs.awaitTermination(1, TimeUnit.MINUTES);
    }
    assertThat(answers).as("pages that answered otherwise meanwhile").isEmpty();
    assertThat(browser.get("/account/profile").url()).endsWith("/account/profile");
  }
}
