package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.metadata.BackfillCheckpoint;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The checkpoint column keeps the text earlier versions wrote, and reads what they stored. */
class CheckpointJsonTest {

  private static final Instant T = Instant.parse("2024-06-17T20:00:00.123Z");

  @Test
  void givenCheckpoints_whenWritten_thenTheTextIsTheFlatObjectEarlierVersionsWrote() {
    assertThat(CheckpointJson.write(new BackfillCheckpoint(T, 5_000_123L, 12, "gap \"7\" \\")))
        .isEqualTo(
            "{\"time\":1718654400123,\"fromId\":5000123,\"pages\":12,\"gapId\":\"gap \\\"7\\\" \\\\\"}");
    assertThat(CheckpointJson.write(new BackfillCheckpoint(T, null, 3, null)))
        .isEqualTo("{\"time\":1718654400123,\"pages\":3}");
    assertThat(CheckpointJson.write(BackfillCheckpoint.forGap("g-1")))
        .isEqualTo("{\"pages\":0,\"gapId\":\"g-1\"}");
    assertThat(CheckpointJson.write(null)).isNull();
  }

  @Test
  void givenTextEarlierVersionsStored_whenRead_thenItIsTheCheckpointItMeant() {
    assertThat(
            CheckpointJson.read(
                "{\"time\":1718654400123,\"fromId\":5000123,\"pages\":12,\"gapId\":\"a \\u000a\"}"))
        .isEqualTo(new BackfillCheckpoint(T, 5_000_123L, 12, "a \n"));
    assertThat(CheckpointJson.read("{ \"time\" : \"1718654400123\" , \"fromId\" : null }"))
        .isEqualTo(new BackfillCheckpoint(T, null, 0, null));
    assertThat(CheckpointJson.read("{\"fromId\":7,\"pages\":2,\"other\":\"x\"}"))
        .isEqualTo(new BackfillCheckpoint(null, null, 2, null));
    assertThat(CheckpointJson.read(" ")).isNull();
    assertThat(CheckpointJson.read(null)).isNull();
  }

  @Test
  void givenTextThatIsNoCheckpoint_whenRead_thenTheErrorQuotesIt() {
    assertThatThrownBy(() -> CheckpointJson.read("{\"time\":12.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'{\"time\":12.5}' is not the JSON of a CheckpointJson");
    assertThatThrownBy(() -> CheckpointJson.read("{\"time\":1} trailing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckpointJson.read("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
