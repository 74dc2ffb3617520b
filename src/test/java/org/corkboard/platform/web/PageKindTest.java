package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageKindTest {

  @Test
  void pagesAreSortedIntoTheirKinds() {
    assertThat(PageKind.of("/")).isEqualTo(PageKind.HOME);
    assertThat(PageKind.of("/index.xhtml")).isEqualTo(PageKind.HOME);
    assertThat(PageKind.of("/category")).isEqualTo(PageKind.CATEGORY);
    assertThat(PageKind.of("/listings/42-red-bike")).isEqualTo(PageKind.LISTING);
    assertThat(PageKind.of("/listing/edit")).isEqualTo(PageKind.LISTING);
    assertThat(PageKind.of("/search")).isEqualTo(PageKind.SEARCH);
    assertThat(PageKind.of("/search/suggest")).isEqualTo(PageKind.SUGGESTIONS);
    assertThat(PageKind.of("/account/sign-in")).isEqualTo(PageKind.ACCOUNT);
    assertThat(PageKind.of("/inbox/7")).isEqualTo(PageKind.INBOX);
    assertThat(PageKind.of("/admin/people/index.xhtml")).isEqualTo(PageKind.ADMIN);
    assertThat(PageKind.of("/pictures/3/small")).isEqualTo(PageKind.IMAGES);
    assertThat(PageKind.of("/jakarta.faces.resource/jsf.js.xhtml")).isEqualTo(PageKind.STATIC);
  }

  @Test
  void anyOtherAddressIsOneKindSoTheSeriesStayFew() {
    assertThat(PageKind.of("/wp-admin/setup.php")).isEqualTo(PageKind.OTHER);
    assertThat(PageKind.of("/" + "x".repeat(500))).isEqualTo(PageKind.OTHER);
    assertThat(PageKind.of("/indexes-of-nothing")).isEqualTo(PageKind.OTHER);
  }
}
