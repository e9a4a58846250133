package com.mdm.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineageRecordTest {

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  private static LineageRecord record(String transformation, LineageParameters parameters) {
    return new LineageRecord(
        null,
        "dead_letters",
        null,
        "s",
        transformation,
        parameters,
        1,
        0,
        0,
        1,
        T,
        T,
        Duration.ZERO,
        "completed",
        null,
        T);
  }

  @Test
  void givenParametersOfItsTransformation_whenBuilt_thenTheyAreKept() {
    DeadLetterParameters window = new DeadLetterParameters(T, T.plusSeconds(60));

    assertThat(record("dead-letter", window).parameters()).isEqualTo(window);
  }

  @Test
  void givenParametersOfAnotherTransformation_whenBuilt_thenTheRecordIsRefusedNamingBoth() {
    assertThatThrownBy(() -> record("backfill", new DeadLetterParameters(T, T)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'backfill'")
        .hasMessageContaining("'dead-letter'");
  }
}
