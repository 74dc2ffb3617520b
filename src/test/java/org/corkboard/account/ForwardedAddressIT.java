package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.corkboard.testing.LoopbackClient;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Unless the server is told to trust a proxy ({@code corkboard.proxy.trusted}), a request's
 * X-Forwarded-For header is ignored: sign-in failures count against the address the connection
 * comes from, however many addresses a client claims to forward for.
 */
class ForwardedAddressIT extends PagesTestBase {

  private static final int ADDRESS_LIMIT = 30;
  private static final String TOO_MANY = "Too many failed attempts";

  @Test
  void aForgedForwardedForDoesNotDodgeTheLockOfTheRealAddress() throws Exception {
    var attacker = LoopbackClient.ofOwnAddress();
    Page first = failedSignIn(attacker);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.html()).contains("do not match").doesNotContain(TOO_MANY);

    for (int i = 1; i < ADDRESS_LIMIT; i++) {
      failedSignIn(attacker);
    }

    assertThat(failedSignIn(attacker).html())
        .as(
            "failure %d from %s, each claiming another address",
            ADDRESS_LIMIT + 1, attacker.address())
        .contains(TOO_MANY);
  }

  /** A wrong password for a new name each time, claiming to be forwarded for a new address. */
  private static Page failedSignIn(LoopbackClient client) throws Exception {
    var random = ThreadLocalRandom.current();
    String forged = "198.51.%d.%d".formatted(random.nextInt(256), random.nextInt(1, 255));
    return client.submit(
        client.get("/account/sign-in"),
        "signIn",
        Map.of("identifier", unique("guess"), "password", "a wrong passphrase entirely"),
        "submit",
        Map.of("X-Forwarded-For", forged));
  }
}
