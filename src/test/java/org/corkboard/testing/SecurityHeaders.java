package org.corkboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.testing.WebClient.Page;

/** The headers every response carries (wildfly-config/50-web.cli), error pages included. */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void assertPresent(Page page) {
    String response = page.status() + " " + page.url();
    assertThat(page.header("X-Content-Type-Options")).as(response).containsExactly("nosniff");
    assertThat(page.header("Referrer-Policy"))
        .as(response)
        .containsExactly("strict-origin-when-cross-origin");
    assertThat(page.header("X-Frame-Options")).as(response).containsExactly("DENY");
    assertThat(page.header("Content-Security-Policy"))
        .as(response)
        .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
  }
}
