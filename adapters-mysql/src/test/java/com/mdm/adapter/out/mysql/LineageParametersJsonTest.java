package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageParameters;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The parameters column keeps the text earlier versions wrote, and reads it back. */
class LineageParametersJsonTest {

  private static final Instant START = Instant.parse("2024-06-17T20:00:00Z");
  private static final Instant END = Instant.parse("2024-06-17T20:01:00.250Z");

  static Arguments[] storedByEarlierVersions() {
    return new Arguments[] {
      Arguments.of(
          IngestParameters.TRANSFORMATION,
          new IngestParameters("candles_BTCUSDT_1m", START, END, 2, 1, 8),
          "{\"collection\":\"candles_BTCUSDT_1m\",\"window_start\":\"2024-06-17T20:00:00Z\","
              + "\"window_end\":\"2024-06-17T20:01:00.250Z\",\"batches\":2,"
              + "\"stream_sequence_first\":1,\"stream_sequence_last\":8}"),
      Arguments.of(
          DeadLetterParameters.TRANSFORMATION,
          new DeadLetterParameters(START, END),
          "{\"window_start\":\"2024-06-17T20:00:00Z\",\"window_end\":\"2024-06-17T20:01:00.250Z\"}"),
      Arguments.of(
          BackfillParameters.TRANSFORMATION,
          new BackfillParameters(
              "job-1",
              "/fapi/v1/klines",
              Symbol.of("BTCUSDT"),
              BackfillDataType.CANDLES,
              Timeframe.HOUR_1,
              4,
              2,
              null),
          "{\"jobId\":\"job-1\",\"endpoint\":\"/fapi/v1/klines\",\"symbol\":\"BTCUSDT\","
              + "\"dataType\":\"CANDLES\",\"interval\":\"1h\",\"pages\":4,\"attempts\":2}"),
      Arguments.of(
          BackfillParameters.TRANSFORMATION,
          new BackfillParameters(
              "job-2", null, Symbol.of("ETHUSDT"), BackfillDataType.AGG_TRADES, null, 0, 1, "g-9"),
          "{\"jobId\":\"job-2\",\"symbol\":\"ETHUSDT\",\"dataType\":\"AGG_TRADES\",\"pages\":0,"
              + "\"attempts\":1,\"gapId\":\"g-9\"}"),
      Arguments.of(
          CaptureImportParameters.TRANSFORMATION,
          new CaptureImportParameters("trades_BTCUSDT", "in/a \"b\" \\c.log", 2048, 10, 1, 2, 9),
          "{\"collection\":\"trades_BTCUSDT\",\"file\":\"in/a \\\"b\\\" \\\\c.log\","
              + "\"size_bytes\":2048,\"lines\":10,\"rejected_lines\":1,\"line_first\":2,"
              + "\"line_last\":9}")
    };
  }

  @ParameterizedTest
  @MethodSource("storedByEarlierVersions")
  void givenParameters_whenWritten_thenTheTextIsWhatEarlierVersionsWroteAndReadsBack(
      String transformation, LineageParameters parameters, String text) {
    assertThat(LineageParametersJson.write(parameters)).isEqualTo(text);
    assertThat(LineageParametersJson.read(transformation, text)).isEqualTo(parameters);
  }

  @Test
  void givenAnUnknownTransformation_whenRead_thenTheErrorNamesIt() {
    assertThatThrownBy(() -> LineageParametersJson.read("resample", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'resample'");
  }
}
