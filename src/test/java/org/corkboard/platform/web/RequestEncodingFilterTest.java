package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestEncodingFilterTest {

  @Test
  void findsTheCharsetAmongTheParametersOfAContentType() {
    assertThat(RequestEncodingFilter.declaredCharset("text/html; charset=\"utf-8\""))
        .hasValue("utf-8");
    assertThat(RequestEncodingFilter.declaredCharset("multipart/form-data; boundary=x; Charset=no"))
        .hasValue("no");
  }

  @Test
  void aContentTypeWithoutCharsetDeclaresNone() {
    assertThat(RequestEncodingFilter.declaredCharset(null)).isEmpty();
    assertThat(RequestEncodingFilter.declaredCharset("application/x-www-form-urlencoded"))
        .isEmpty();
    assertThat(RequestEncodingFilter.declaredCharset("text/plain; charset")).isEmpty();
  }
}
