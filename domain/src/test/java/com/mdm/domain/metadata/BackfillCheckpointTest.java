package com.mdm.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillCheckpointTest {

  private static final Instant T = Instant.parse("2024-06-17T20:00:00.123Z");

  @Test
  void givenANewRepairJob_whenItsFirstPageIsDone_thenTheGapIsKeptAndOnePageCounted() {
    BackfillCheckpoint fresh = BackfillCheckpoint.forGap("g-1");

    assertThat(fresh.time()).isNull();
    assertThat(fresh.pages()).isZero();
    assertThat(fresh.after(T, 42L)).isEqualTo(new BackfillCheckpoint(T, 42L, 1, "g-1"));
  }

  @Test
  void givenAnIdWithoutATime_whenBuilt_thenItIsRefusedNamingTheField() {
    assertThatThrownBy(() -> new BackfillCheckpoint(null, 5L, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromId");
    assertThatThrownBy(() -> new BackfillCheckpoint(T, -1L, 1, null))
        .hasMessageContaining("fromId must be >= 0");
    assertThatThrownBy(() -> new BackfillCheckpoint(T, null, -1, null))
        .hasMessageContaining("pages must be >= 0");
  }
}
