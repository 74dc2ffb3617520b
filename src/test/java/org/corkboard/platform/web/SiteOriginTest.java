package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteOriginTest {

  private static final String BASE = "https://corkboard.example.com";
  private static final String REQUEST = "http://node1.intranet:8080";

  @Test
  void theSitesOwnOriginIsAccepted() {
    assertThat(foreign("https://corkboard.example.com", null)).isFalse();
    assertThat(foreign("HTTPS://Corkboard.Example.com:443", null)).isFalse();
    assertThat(foreign("http://node1.intranet:8080", null))
        .as("the address the request was sent to")
        .isFalse();
  }

  @Test
  void anotherHostSchemeOrPortIsForeign() {
    assertThat(foreign("http://evil.example", null)).isTrue();
    assertThat(foreign("https://wiki.example.com", null))
        .as("another host of the same site")
        .isTrue();
    assertThat(foreign("http://corkboard.example.com", null)).isTrue();
    assertThat(foreign("https://corkboard.example.com:8443", null)).isTrue();
    assertThat(foreign("https://corkboard.example.com.evil.example", null)).isTrue();
  }

  @Test
  void aNullOrUnreadableOriginIsForeign() {
    assertThat(foreign("null", null)).isTrue();
    assertThat(foreign("", null)).isTrue();
    assertThat(foreign("not an origin", null)).isTrue();
  }

  @Test
  void theRefererCountsOnlyWithoutAnOrigin() {
    assertThat(foreign(null, "https://corkboard.example.com/listings/1/bike")).isFalse();
    assertThat(foreign(null, "http://evil.example/offer.html")).isTrue();
    assertThat(foreign("https://corkboard.example.com", "http://evil.example/")).isFalse();
    assertThat(foreign("http://evil.example", "https://corkboard.example.com/")).isTrue();
  }

  @Test
  void aRequestThatNamesNoSourceIsLeftToTheSecretCheck() {
    assertThat(foreign(null, null)).isFalse();
  }

  @Test
  void aRequestWithoutHostHeaderHasOnlyTheBaseUrl() {
    assertThat(SiteOrigin.isForeign("https://corkboard.example.com", null, BASE, null)).isFalse();
    assertThat(SiteOrigin.isForeign("http://node1.intranet:8080", null, BASE, null)).isTrue();
  }

  private static boolean foreign(String origin, String referer) {
    return SiteOrigin.isForeign(origin, referer, BASE, REQUEST);
  }
}
