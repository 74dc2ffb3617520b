package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.corkboard.testing.MailBox;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password" end to end: the e-mail, the single-use link, the new password, other sessions.
 */
class PasswordResetIT extends PagesTestBase {

  static final String NEW_PASSWORD = "an entirely new passphrase";

  @Test
  void aPasswordChangeTheServiceRefusesLeavesNoPasswordInTheLog() throws Exception {
    var browser = new WebClient();
    String name = verifiedAccount();
    signIn(browser, name, PASSWORD, false);
    String secret = "a passphrase nobody may read " + unique("log");
    Page profile = browser.get("/account/profile");
    Page refused =
        browser
            .form(profile, "passwordForm")
            .set("newPassword", secret)
            .remove("currentPassword")
            .press("changePassword");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.html()).contains("Your current password is not correct.");
    assertThat(serverLog()).doesNotContain(secret);
  }

  @Test
  void aResetLinkSetsANewPasswordAndEndsOtherSessions() throws Exception {
    String name = unique("reset");
    String email = name + "@test.example";
    register(new WebClient(), name, PASSWORD);
    MailBox.await(greenMail, email, 1);
    var otherDevice = new WebClient();
    signIn(otherDevice, name, PASSWORD, true);
    assertThat(otherDevice.get("/account/profile").url()).endsWith("/account/profile");

    var browser = new WebClient();
    Page asked =
        browser.submit(
            browser.get("/account/forgot-password"), "forgot", Map.of("email", email), "submit");
    assertThat(asked.html()).contains("If " + email + " belongs to an account");
    String link = MailBox.link(MailBox.await(greenMail, email, 2), "/account/reset-password");

    Page done =
        browser.submit(browser.get(link), "reset", Map.of("password", NEW_PASSWORD), "submit");
    assertThat(done.html()).contains("Your new password is set");

    assertThat(otherDevice.get("/account/profile").url()).contains("/account/sign-in");
    otherDevice.forgetCookie("JSESSIONID");
    assertThat(otherDevice.get("/account/profile").url())
        .as("the remembered login is gone too")
        .contains("/account/sign-in");
    assertThat(signIn(new WebClient(), name, PASSWORD, false).html()).contains("do not match");
    assertThat(signIn(new WebClient(), name, NEW_PASSWORD, false).html())
        .contains("Display " + name);

    String log = serverLog();
    String secret = link.substring(link.indexOf("token=") + "token=".length());
    assertThat(log).doesNotContain(secret).doesNotContain(NEW_PASSWORD).doesNotContain(PASSWORD);
  }

  @Test
  void aResetLinkWorksOnce() throws Exception {
    String name = unique("once");
    var browser = new WebClient();
    String link = resetLink(name);
    browser.submit(browser.get(link), "reset", Map.of("password", NEW_PASSWORD), "submit");

    Page again = browser.get(link);
    assertThat(again.html())
        .contains("This link has expired or was already used")
        .doesNotContain("id=\"reset\"");
  }

  @Test
  void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
    String name = unique("weaknew");
    var browser = new WebClient();
    String link = resetLink(name);

    Page refused =
        browser.submit(browser.get(link), "reset", Map.of("password", "short"), "submit");
    assertThat(refused.html()).contains("Use at least 12 characters");
    Page done =
        browser.submit(browser.get(link), "reset", Map.of("password", NEW_PASSWORD), "submit");
    assertThat(done.html()).contains("Your new password is set");
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    String email = unique("ghost") + "@test.example";
    var browser = new WebClient();
    Page asked =
        browser.submit(
            browser.get("/account/forgot-password"), "forgot", Map.of("email", email), "submit");

    assertThat(asked.html()).contains("If " + email + " belongs to an account");
    Thread.sleep(1_000);
    assertThat(MailBox.to(greenMail, email)).isEmpty();
  }

  @Test
  void anInvalidAddressIsExplained() throws Exception {
    var browser = new WebClient();
    Page asked =
        browser.submit(
            browser.get("/account/forgot-password"),
            "forgot",
            Map.of("email", "not-an-address"),
            "submit");
    assertThat(asked.html()).contains("Enter a valid e-mail address.");
  }

  private static String serverLog() throws Exception {
    return Files.readString(
        Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
  }
}
