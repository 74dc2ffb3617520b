package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every page shares: headers, cookies, error pages, protected areas. */
@ExtendWith(ArquillianExtension.class)
class SiteShellIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "/",
            "/account/sign-in",
            "/no-such-page",
            "/jakarta.faces.resource/site.css.xhtml?ln=corkboard")) {
      HttpResponse<String> response = get(path);
      var headers = response.headers();
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy"))
          .as(path)
          .hasValue("strict-origin-when-cross-origin");
      assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(headers.allValues("Content-Security-Policy"))
          .as(path)
          .anySatisfy(v -> assertThat(v).contains("frame-ancestors 'none'"));
    }
    assertThat(get("/").headers().allValues("Content-Security-Policy"))
        .anySatisfy(v -> assertThat(v).contains("script-src 'self' 'nonce-"));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    String cookie = get("/account/sign-in").headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void theShellOffersSearchCategoriesPostingAndSignIn() throws Exception {
    String home = get("/").body();
    assertThat(home)
        .contains("role=\"search\"")
        .contains("Post a listing")
        .contains("Sign in")
        .contains("Register")
        .contains("/category?c=for-sale")
        .contains("/category?c=lost-found")
        .contains("name=\"viewport\"");
  }

  @Test
  void browsingPagesLoadNoWidgetScripts() throws Exception {
    for (String path : List.of("/", "/category?c=for-sale")) {
      assertThat(get(path).body())
          .as(path)
          .contains("site.js")
          .doesNotContain("jquery")
          .doesNotContain("components.js");
    }
    assertThat(get("/account/sign-in").body()).as("a form page").contains("jquery");
  }

  @Test
  void anUnknownPageGetsTheNotFoundPage() throws Exception {
    HttpResponse<String> response = get("/listing/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("This page does not exist")
        .doesNotContain("Caused by")
        .doesNotContain("\tat ");
    assertThat(get("/account/user?name=nobody-at-all").statusCode()).isEqualTo(404);
    assertThat(get("/category?c=no-such-category").statusCode()).isEqualTo(404);
  }

  @Test
  void everyPageNamesAStaticIconSoBrowsersNeverAskForAMissingOne() throws Exception {
    assertThat(get("/").body())
        .contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"");
    var icon = get("/favicon.svg");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
  }

  @Test
  void brokenInputGetsAnErrorPageWithoutAStackTrace() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(WebClient.BASE + "/account/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "signIn=signIn&jakarta.faces.ViewState=forged&submit="))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.body())
        .doesNotContain("Caused by")
        .doesNotContain("\tat ")
        .doesNotContain("at org.jboss");
    assertThat(response.body())
        .containsAnyOf("This page was open too long", "Something went wrong on our side");
  }

  @Test
  void signedInPagesSendAnonymousVisitorsToSignIn() throws Exception {
    var browser = new WebClient();
    assertThat(browser.get("/account/profile").url()).endsWith("/account/sign-in");
    assertThat(browser.get("/admin/").url()).endsWith("/account/sign-in");
  }

  @Test
  void administrationIsForbiddenToEmployees() throws Exception {
    var browser = new WebClient();
    var page = browser.get("/account/sign-in");
    browser.submit(
        page,
        "signIn",
        java.util.Map.of("identifier", "alice", "password", "user-corkboard-dev"),
        "submit");
    var admin = browser.get("/admin/");
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.html()).contains("You may not see this");
  }

  @Test
  void signingInHappensOnlyByPost() throws Exception {
    var response = get("/account/sign-in?identifier=alice&password=user-corkboard-dev");
    assertThat(response.body()).contains("Sign in").doesNotContain("Alice Becker");
  }

  @Test
  void picturesAreCachedForAYearAndRevalidatedByETag() throws Exception {
    var picture =
        java.util.regex.Pattern.compile("src=\"(/pictures/\\d+\\?size=thumb)\"")
            .matcher(get("/").body());
    assertThat(picture.find()).as("the demo board shows pictures").isTrue();
    var first =
        http.send(
            HttpRequest.newBuilder(URI.create(WebClient.BASE + picture.group(1))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(first.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    String etag = first.headers().firstValue("ETag").orElseThrow();

    var again =
        http.send(
            HttpRequest.newBuilder(URI.create(WebClient.BASE + picture.group(1)))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(get("/pictures/999999999").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(WebClient.BASE + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
