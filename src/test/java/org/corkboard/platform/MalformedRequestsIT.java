package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.corkboard.platform.robustness.Multipart;
import org.corkboard.platform.robustness.PageForms;
import org.corkboard.platform.robustness.Prober;
import org.corkboard.platform.robustness.Submission;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests the server cannot read are refused with a 4xx, and leave the session usable. */
@ExtendWith(ArquillianExtension.class)
class MalformedRequestsIT {

  static final String PAGE = "/account/forgot-password";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aBodyInAnUnknownCharsetIsRefusedAndTheSessionGoesOn() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.multipart = true;
    form.contentType = "multipart/form-data; boundary=" + Multipart.BOUNDARY + "; charset=no-such";

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(415);
    assertThat(browser.get(PAGE).status()).isEqualTo(200);
    assertThat(browser.get("/").status()).isEqualTo(200);
  }

  @Test
  void aFormFromAnotherSiteInAnUnknownCharsetLeavesTheSessionUsable() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.headers.put("Origin", "http://elsewhere.example");
    form.contentType = "application/x-www-form-urlencoded; charset=no-such";
    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isBetween(400, 499);

    // Faces once kept that charset in the session and failed the next refusal's page with it.
    Submission next = new Submission();
    next.params.putAll(form.params);
    next.headers.put("Origin", "http://elsewhere.example");
    assertThat(browser.exchange(next.toRequest(action())).statusCode()).isEqualTo(403);
    assertThat(browser.get(PAGE).status()).isEqualTo(200);
  }

  @Test
  void aBodyInAnotherCharsetThanUtf8IsRefused() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.contentType = "application/x-www-form-urlencoded; charset=UTF-16";

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(415);
  }

  @Test
  void aFormOfTooManyFieldsIsRefused() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    for (int i = 0; i < 2_000; i++) {
      form.extraParams.add(new String[] {"field" + i, "x"});
    }

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(400);
    assertThat(browser.get(PAGE).status()).isEqualTo(200);
  }

  @Test
  void aFormSentByGetIsRefused() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.method = "GET";

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(400);
  }

  @Test
  void anAjaxRequestWithoutASourceIsRefused() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.params.put("jakarta.faces.partial.ajax", "true");

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(400);
  }

  @Test
  void textWithTheCharacterNulIsRefused() throws Exception {
    var browser = new WebClient();
    Submission form = forgotForm(browser);
    form.params.put("email", "some\u0000one@test.example");

    assertThat(browser.exchange(form.toRequest(action())).statusCode()).isEqualTo(400);
    assertThat(browser.get("/account/user?name=a%00b").status()).isEqualTo(404);
  }

  @Test
  void aResourceWithoutANameIsNotFound() throws Exception {
    var resource =
        new WebClient()
            .exchange(
                HttpRequest.newBuilder(Prober.uri("/jakarta.faces.resource/.xhtml?ln=corkboard"))
                    .build());
    assertThat(resource.statusCode()).isEqualTo(404);
  }

  /** The "forgot password" form filled in as a browser would, with a session of its own. */
  private static Submission forgotForm(WebClient browser) throws Exception {
    String html = browser.get(PAGE).html();
    Submission submission = PageForms.filledIn(html, PageForms.form(html, "forgot", PAGE));
    submission.params.putAll(Map.of("email", "someone@test.example", "submit", ""));
    return submission;
  }

  private static URI action() {
    return Prober.uri(PAGE);
  }
}
