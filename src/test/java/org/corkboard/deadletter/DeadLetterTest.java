package org.corkboard.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corkboard.deadletter.entity.DeadLetter;
import org.corkboard.deadletter.entity.DeadLetter.BodyType;
import org.corkboard.deadletter.entity.MessageProperties;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void anIdIsSentAgainAsANumberAndTextAsText() {
    DeadLetter id = new DeadLetter("corkboard.mail", 42L, Map.of(), "Mail 42", "refused", NOW);
    DeadLetter text = new DeadLetter("corkboard.listing-changes", "1,2", Map.of(), "1,2", "x", NOW);

    assertThat(id.getBodyType()).isEqualTo(BodyType.NUMBER);
    assertThat(id.sendableBody()).isEqualTo(42L);
    assertThat(text.getBodyType()).isEqualTo(BodyType.TEXT);
    assertThat(text.sendableBody()).isEqualTo("1,2");
  }

  @Test
  void anotherBodyIsKeptToReadButCannotBeSentAgain() {
    DeadLetter other =
        new DeadLetter("corkboard.mail", new int[] {1}, Map.of(), "?", "refused", NOW);
    DeadLetter tooLong =
        new DeadLetter("corkboard.mail", "x".repeat(100_001), Map.of(), "?", "refused", NOW);

    assertThat(other.canBeSentAgain()).isFalse();
    assertThat(tooLong.canBeSentAgain()).isFalse();
    assertThatThrownBy(other::sendableBody).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLongSummaryOrReasonIsShortenedNotRefused() {
    DeadLetter letter =
        new DeadLetter("corkboard.mail", 1L, Map.of(), "s".repeat(400), "r".repeat(600), NOW);

    assertThat(letter.getSummary()).hasSize(300).endsWith("…");
    assertThat(letter.getReason()).hasSize(500).endsWith("…");
  }

  @Test
  void propertiesComeBackWithTheirTypes() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("kind", "a=b&c d:é");
    properties.put("id", 7L);
    properties.put("count", 3);
    properties.put("urgent", true);
    properties.put("weight", 1.5);

    String line = MessageProperties.encode(properties);

    assertThat(MessageProperties.decode(line)).containsExactlyEntriesOf(properties);
    assertThat(MessageProperties.decode("")).isEmpty();
    assertThat(MessageProperties.decode(null)).isEmpty();
  }

  @Test
  void theKeptPropertiesAreSetAgain() {
    DeadLetter letter =
        new DeadLetter("corkboard.mail", 1L, Map.of("tries", 2), "Mail 1", "refused", NOW);

    assertThat(letter.sendableProperties()).containsExactly(Map.entry("tries", 2));
  }
}
