package org.corkboard.deadletter.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableReasonTest {

  @Test
  void aFailureIsToldInWordsWithItsMessage() {
    assertThat(ReadableReason.of("java.net.ConnectException: Connection refused"))
        .isEqualTo("Could not connect: Connection refused");
    assertThat(ReadableReason.of("java.lang.IllegalStateException: Mail 12 not sent"))
        .isEqualTo("Illegal state: Mail 12 not sent");
    assertThat(ReadableReason.of("jakarta.mail.SendFailedException"))
        .isEqualTo("The mail server refused an address");
    assertThat(ReadableReason.of("java.lang.OutOfMemoryError: Java heap space"))
        .isEqualTo("Out of memory: Java heap space");
    assertThat(ReadableReason.of("java.lang.Exception: odd")).isEqualTo("Failure: odd");
  }

  @Test
  void aReasonThatNamesNoFailureIsKeptAsItIs() {
    assertThat(ReadableReason.of("not known to this server (restarted since)"))
        .isEqualTo("not known to this server (restarted since)");
    assertThat(ReadableReason.of("The body could not be read"))
        .isEqualTo("The body could not be read");
  }
}
