package org.corkboard.deadletter.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.corkboard.deadletter.entity.DeadLetter;

/**
 * A dead letter as the console lists it: never its body, only its safe summary, and the reason of
 * its last failure in words.
 */
public record DeadLetterRow(
    long id, String queue, Instant givenUpAt, String summary, String reason, boolean sendable)
    implements Serializable {

  static DeadLetterRow of(DeadLetter letter) {
    return new DeadLetterRow(
        letter.getId(),
        letter.getQueueName(),
        letter.getGivenUpAt(),
        letter.getSummary(),
        ReadableReason.of(letter.getReason()),
        letter.canBeSentAgain());
  }
}
