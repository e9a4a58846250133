package com.mdm.application.service.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.port.out.HistoryCursor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackfillCheckpointTest {

  private static final Instant T = Instant.parse("2024-06-17T20:00:00.123Z");

  @Test
  void givenACheckpointWithEverything_whenEncodedAndParsed_thenItIsEqual() {
    BackfillCheckpoint checkpoint =
        new BackfillCheckpoint(new HistoryCursor(T, 5_000_123L), 12, "gap \"7\" \\ \n");

    String stored = checkpoint.encode();

    assertThat(stored)
        .isEqualTo(
            "{\"time\":1718654400123,\"fromId\":5000123,\"pages\":12,"
                + "\"gapId\":\"gap \\\"7\\\" \\\\ \\u000a\"}");
    assertThat(BackfillCheckpoint.parse(stored)).isEqualTo(checkpoint);
  }

  @Test
  void givenNoCheckpoint_whenParsed_thenTheJobStartsFromScratch() {
    assertThat(BackfillCheckpoint.parse(null)).isEqualTo(BackfillCheckpoint.NONE);
    assertThat(BackfillCheckpoint.parse(" ")).isEqualTo(BackfillCheckpoint.NONE);
  }

  @Test
  void givenTheCheckpointOfANewRepairJob_whenParsed_thenOnlyTheGapIsKnown() {
    BackfillCheckpoint parsed = BackfillCheckpoint.parse(BackfillCheckpoint.forGap("g-1").encode());

    assertThat(parsed.cursor()).isNull();
    assertThat(parsed.pages()).isZero();
    assertThat(parsed.gapId()).isEqualTo("g-1");
    assertThat(parsed.after(HistoryCursor.at(T)))
        .isEqualTo(new BackfillCheckpoint(HistoryCursor.at(T), 1, "g-1"));
  }

  @Test
  void givenACorruptCheckpoint_whenParsed_thenTheErrorQuotesIt() {
    assertThatThrownBy(() -> BackfillCheckpoint.parse("{\"time\":12.5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("checkpoint '{\"time\":12.5}' is unreadable");
    assertThatThrownBy(() -> BackfillCheckpoint.parse("{\"time\":1} trailing"))
        .hasMessageContaining("unexpected text after the object");
  }

  @Test
  void givenNullValues_whenWritten_thenTheyAreLeftOutAndReadBackAbsent() {
    Map<String, Object> entries = new LinkedHashMap<>();
    entries.put("a", 1L);
    entries.put("b", null);
    entries.put("c", "x");

    assertThat(FlatJson.write(entries)).isEqualTo("{\"a\":1,\"c\":\"x\"}");
    assertThat(FlatJson.read("{ \"a\" : 1 , \"b\" : null, \"c\":\"x\" }"))
        .containsExactly(Map.entry("a", "1"), Map.entry("c", "x"));
  }
}
