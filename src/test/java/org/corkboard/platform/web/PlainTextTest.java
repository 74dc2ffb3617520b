package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  private final PlainText plainText = new PlainText();

  @Test
  void escapesMarkupAndKeepsLineBreaks() {
    assertThat(plainText.html("<script>alert('x')</script>\nsecond & last"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br/>second &amp; last");
  }

  @Test
  void turnsWebAddressesIntoSafeLinks() {
    assertThat(plainText.html("Manual: https://example.com/manual?a=1&b=2."))
        .isEqualTo(
            "Manual: <a href=\"https://example.com/manual?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\""
                + " target=\"_blank\">https://example.com/manual?a=1&amp;b=2</a>.");
  }

  @Test
  void linksOnlyWebAddresses() {
    assertThat(plainText.html("javascript:alert(1) and data:text/html,x")).doesNotContain("<a ");
    assertThat(plainText.html("https://x.example/\"onmouseover=\"alert(1)"))
        .doesNotContain("\"onmouseover");
  }
}
