package org.corkboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * A person an administrator locked or deactivated cannot sign in and is told why (their open
 * session ends); one asked for a new password is sent to the password form from every page until
 * they have chosen one. The administrator acts through the person's page, as in the console.
 */
class RestrictedSignInIT extends PagesTestBase {

  private static final String NEW_PASSWORD = "another long and memorable passphrase";

  @Test
  void aLockedPersonIsSignedOutAndToldWhyAtSignIn() throws Exception {
    String name = verifiedAccount();
    WebClient session = signedInAs(name);
    Page done = act(name, "lock", "Lost laptop");
    assertThat(done.html()).contains("Locked; their sessions have ended.");

    assertThat(session.get("/listing/mine").url()).contains("/account/sign-in");
    Page refused = signIn(new WebClient(), name, PASSWORD, false);
    assertThat(refused.html()).contains("Your account is locked.");
    assertThat(signIn(new WebClient(), name, "a wrong password for sure", false).html())
        .doesNotContain("locked");
  }

  @Test
  void aDeactivatedPersonIsToldWhyAtSignIn() throws Exception {
    String name = verifiedAccount();
    act(name, "deactivate", "Left the company");
    assertThat(signIn(new WebClient(), name, PASSWORD, false).html())
        .contains("This account is deactivated.");
    act(name, "reactivate", "");
    assertThat(signIn(new WebClient(), name, PASSWORD, false).url())
        .doesNotContain("/account/sign-in");
  }

  @Test
  void aPersonAskedForANewPasswordChoosesOneBeforeAnythingElse() throws Exception {
    String name = verifiedAccount();
    act(name, "requireNewPassword", "");
    var browser = new WebClient();
    Page signedIn = signIn(browser, name, PASSWORD, false);
    assertThat(signedIn.url()).contains("/account/profile");
    assertThat(signedIn.html()).contains("id=\"newPasswordRequired\"");
    assertThat(browser.get("/listing/mine").url()).contains("/account/profile");

    Page profile = browser.get("/account/profile");
    browser.submit(
        profile,
        "passwordForm",
        Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD),
        "changePassword");
    Page mine = browser.get("/listing/mine");
    assertThat(mine.url()).contains("/listing/mine");
    assertThat(mine.status()).isEqualTo(200);
  }

  /** An administrator finds the person, opens their page and presses the action's button. */
  private static Page act(String name, String button, String reason) throws Exception {
    var admin = WebClient.signedIn("admin", "admin-corkboard-dev");
    Matcher link =
        Pattern.compile("person\\?id=(\\d+)")
            .matcher(admin.get("/admin/people/?q=" + name + "%40test.example").html());
    assertThat(link.find()).as("the person is found").isTrue();
    Page person = admin.get("/admin/people/person?id=" + link.group(1));
    return admin.submit(person, "actions", Map.of("reason", reason), button);
  }
}
