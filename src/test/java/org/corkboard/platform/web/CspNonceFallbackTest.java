package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nonce PrimeFaces reads from a post, for pages that keep a view and pages that do not. */
class CspNonceFallbackTest {

  @Test
  void aWellFormedNonceSentBackIsKept() {
    String sent = CspNonceFallback.fresh();
    assertThat(withNonce(sent).get(CspNonceFallback.NONCE)).isEqualTo(sent);
  }

  @Test
  void aMissingOrMalformedNonceIsReplacedByAFreshOneForTheWholeRequest() {
    for (String sent : new String[] {null, "", "%", "bm90IGEgdXVpZA==", "'; script-src *"}) {
      var parameters = withNonce(sent);
      String nonce = parameters.get(CspNonceFallback.NONCE);
      assertThat(nonce).as("sent %s", sent).isNotEqualTo(sent);
      assertThat(CspNonceFallback.wellFormed(nonce)).isTrue();
      assertThat(parameters.get(CspNonceFallback.NONCE)).isEqualTo(nonce);
      assertThat(parameters.containsKey(CspNonceFallback.NONCE)).isTrue();
    }
  }

  @Test
  void otherParametersAreThoseSent() {
    var parameters = withNonce(null);
    assertThat(parameters.get("email")).isEqualTo("someone@example.com");
    assertThat(parameters.containsKey("email")).isTrue();
    assertThat(parameters.containsKey("password")).isFalse();
  }

  @Test
  void theNonceAViewKeepsWinsOverTheOneSent() {
    String ofView = CspNonceFallback.fresh();
    var parameters =
        new CspNonceFallback.WithNonce(
            Map.of(CspNonceFallback.NONCE, CspNonceFallback.fresh()), () -> ofView);
    assertThat(parameters.get(CspNonceFallback.NONCE)).isEqualTo(ofView);
  }

  @Test
  void freshNoncesDiffer() {
    assertThat(CspNonceFallback.fresh()).isNotEqualTo(CspNonceFallback.fresh());
  }

  private static Map<String, String> withNonce(String sent) {
    Map<String, String> parameters = new HashMap<>(Map.of("email", "someone@example.com"));
    if (sent != null) {
      parameters.put(CspNonceFallback.NONCE, sent);
    }
    return new CspNonceFallback.WithNonce(parameters, () -> null);
  }
}
