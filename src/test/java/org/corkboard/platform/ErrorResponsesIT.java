package org.corkboard.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.SecurityHeaders;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad requests get a 4xx page that says what to do, a bug the 500 page; all carry the headers. */
@ExtendWith(ArquillianExtension.class)
class ErrorResponsesIT {

  private final WebClient browser = new WebClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application().addClass(FailingServlet.class);
  }

  @Test
  void aListingAddressWhoseIdIsNoNumberGetsTheNotFoundPage() throws Exception {
    for (String id : new String[] {"abc", "1.5", "%00", "12345678901234567890123", "-"}) {
      Page page = browser.get("/listing/view.xhtml?id=" + id);
      assertThat(page.status()).as(id).isEqualTo(404);
      assertThat(page.html()).as(id).contains("This page does not exist");
      SecurityHeaders.assertPresent(page);
    }
  }

  @Test
  void aFormOfAPageTheServerNoLongerKnowsGetsTheOpenTooLongPageWith400() throws Exception {
    Page page = browser.get("/account/sign-in");
    Page answer =
        browser.submit(
            page,
            "signIn",
            Map.of("jakarta.faces.ViewState", "forged", "identifier", "someone"),
            "submit");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.html())
        .contains("This page was open too long")
        .contains("Go back, reload the page");
    SecurityHeaders.assertPresent(answer);
  }

  @Test
  void anAjaxRequestOfAPageTheServerNoLongerKnowsIsSentToTheOpenTooLongPage() throws Exception {
    Page page = browser.get("/account/sign-in");
    Page answer =
        browser
            .form(page, "signIn")
            .set("jakarta.faces.ViewState", "forged")
            .set("jakarta.faces.partial.ajax", "true")
            .set("jakarta.faces.source", "submit")
            .set("jakarta.faces.partial.execute", "@form")
            .header("Faces-Request", "partial/ajax")
            .send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.html())
        .contains("<redirect url=\"/error/expired.xhtml\"")
        .doesNotContain("Exception");
    SecurityHeaders.assertPresent(answer);
    assertThat(browser.get("/error/expired.xhtml").html()).contains("This page was open too long");
  }

  @Test
  void aFormSentWithoutItsScriptNonceIsStillAnswered() throws Exception {
    Page page = browser.get("/account/forgot-password");
    for (String nonce : new String[] {null, "%", "", "bm90IGEgdXVpZA=="}) {
      Map<String, String> fields =
          nonce == null
              ? Map.of("email", "not an address")
              : Map.of("email", "not an address", "primefaces.nonce", nonce);
      Page answer = browser.submitWithoutScript(page, "forgot", fields, "submit");
      assertThat(answer.status()).as("nonce %s", nonce).isEqualTo(200);
      assertThat(answer.html()).as("nonce %s", nonce).contains("Enter a valid e-mail address.");
      String fresh = answer.scriptNonce().orElseThrow();
      assertThat(fresh).isNotEqualTo(nonce).matches("[A-Za-z0-9+/=]{40,}");
      assertThat(answer.header("Content-Security-Policy"))
          .anySatisfy(policy -> assertThat(policy).contains("'nonce-" + fresh + "'"));
      SecurityHeaders.assertPresent(answer);
    }
  }

  @Test
  void anUploadThatDoesNotParseGetsABadRequestPage() throws Exception {
    Page answer =
        browser.post(
            "/account/sign-in",
            "multipart/form-data; boundary=x",
            "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".getBytes(UTF_8));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.html()).contains("This request could not be read").contains("Go back");
    SecurityHeaders.assertPresent(answer);
  }

  @Test
  void aRequestOverTheUploadLimitGetsATooLargePage() throws Exception {
    byte[] body = new byte[52 * 1024 * 1024];
    byte[] head =
        "--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.png\"\r\n\r\n"
            .getBytes(UTF_8);
    System.arraycopy(head, 0, body, 0, head.length);
    Page answer = browser.post("/account/sign-in", "multipart/form-data; boundary=x", body);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.html()).contains("Too much to send at once").contains("at most 10 MB");
    SecurityHeaders.assertPresent(answer);
  }

  @Test
  void aFailureOnOurSideGetsTheErrorPageWithTheSecurityHeaders() throws Exception {
    Page answer = browser.get("/test/failure");
    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.html())
        .contains("Something went wrong on our side")
        .doesNotContain("A failure for the test");
    assertThat(answer.header("X-Half-Written")).as("the failed response is reset").isEmpty();
    SecurityHeaders.assertPresent(answer);
  }
}
