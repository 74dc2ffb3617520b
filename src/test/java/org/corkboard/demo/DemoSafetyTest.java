package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoSafetyTest {

  @Test
  void loadsOnTheDevelopmentDefaults() {
    assertThat(DemoSafety.refusal("http://localhost:8080", "h2", false)).isEmpty();
    assertThat(DemoSafety.refusal("http://corkboard.test:8080", "h2", false)).isEmpty();
  }

  @Test
  void refusesAnHttpsAddress() {
    assertThat(DemoSafety.refusal("https://corkboard.example.com", "h2", false))
        .hasValueSatisfying(reason -> assertThat(reason).contains("https://corkboard.example.com"));
    assertThat(DemoSafety.refusal("HTTPS://Corkboard.example.com", "h2", false)).isPresent();
  }

  @Test
  void refusesPostgresql() {
    assertThat(DemoSafety.refusal("http://localhost:8080", "postgresql", false))
        .hasValueSatisfying(reason -> assertThat(reason).contains("postgresql"));
    assertThat(DemoSafety.refusal("http://localhost:8080", " PostgreSQL ", false)).isPresent();
  }

  @Test
  void theOverrideLoadsItAnyway() {
    assertThat(DemoSafety.refusal("https://demo.example.com", "postgresql", true)).isEmpty();
  }
}
