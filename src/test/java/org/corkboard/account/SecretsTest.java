package org.corkboard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.corkboard.account.control.Secrets;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void secretsAreFortyThreeUrlSafeCharacters() {
    for (int i = 0; i < 100; i++) {
      assertThat(Secrets.newSecret()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }
  }

  @Test
  void secretsAreDistinct() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      secrets.add(Secrets.newSecret());
    }
    assertThat(secrets).hasSize(1000);
  }

  @Test
  void hashIsSixtyFourLowercaseHexCharacters() {
    assertThat(Secrets.hash(Secrets.newSecret())).matches("[0-9a-f]{64}");
  }

  @Test
  void hashIsStableAndIsSha256() {
    String secret = Secrets.newSecret();

    assertThat(Secrets.hash(secret)).isEqualTo(Secrets.hash(secret));
    assertThat(Secrets.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void differentSecretsHaveDifferentHashes() {
    assertThat(Secrets.hash("a")).isNotEqualTo(Secrets.hash("b"));
  }
}
