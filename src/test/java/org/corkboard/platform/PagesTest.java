package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagesTest {

  @Test
  void anEmptyListHasOnePageAndAFullLastPageNoExtraOne() {
    assertThat(Pages.count(0, 20)).isEqualTo(1);
    assertThat(Pages.count(20, 20)).isEqualTo(1);
    assertThat(Pages.count(21, 20)).isEqualTo(2);
    assertThat(Pages.count(100_000, 24)).isEqualTo(4167);
  }
}
