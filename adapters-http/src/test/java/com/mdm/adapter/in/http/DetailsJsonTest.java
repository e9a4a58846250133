package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.IngestParameters;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The details are answered exactly as earlier versions answered them, which re-read the JSON text
 * stored in MySQL: the expected texts are what the service stored then.
 */
class DetailsJsonTest {

  private static final Instant START = Instant.parse("2024-06-17T20:00:00Z");
  private static final Instant END = Instant.parse("2024-06-17T20:01:00.250Z");

  @Test
  void givenLineageParametersOfEachTransformation_whenAnswered_thenTheyAreTheStoredObject() {
    assertThat(
            DetailsJson.parameters(new IngestParameters("candles_BTCUSDT_1m", START, END, 2, 1, 8))
                .toString())
        .isEqualTo(
            "{\"collection\":\"candles_BTCUSDT_1m\",\"window_start\":\"2024-06-17T20:00:00Z\","
                + "\"window_end\":\"2024-06-17T20:01:00.250Z\",\"batches\":2,"
                + "\"stream_sequence_first\":1,\"stream_sequence_last\":8}");
    assertThat(DetailsJson.parameters(new DeadLetterParameters(START, END)).toString())
        .isEqualTo(
            "{\"window_start\":\"2024-06-17T20:00:00Z\",\"window_end\":\"2024-06-17T20:01:00.250Z\"}");
    assertThat(
            DetailsJson.parameters(
                    new BackfillParameters(
                        "job-1",
                        "/fapi/v1/klines",
                        Symbol.of("BTCUSDT"),
                        BackfillDataType.CANDLES,
                        Timeframe.HOUR_1,
                        4,
                        2,
                        null))
                .toString())
        .isEqualTo(
            "{\"jobId\":\"job-1\",\"endpoint\":\"/fapi/v1/klines\",\"symbol\":\"BTCUSDT\","
                + "\"dataType\":\"CANDLES\",\"interval\":\"1h\",\"pages\":4,\"attempts\":2}");
    assertThat(
            DetailsJson.parameters(
                    new BackfillParameters(
                        "job-2",
                        null,
                        Symbol.of("ETHUSDT"),
                        BackfillDataType.AGG_TRADES,
                        null,
                        0,
                        1,
                        "g-9"))
                .toString())
        .isEqualTo(
            "{\"jobId\":\"job-2\",\"symbol\":\"ETHUSDT\",\"dataType\":\"AGG_TRADES\",\"pages\":0,"
                + "\"attempts\":1,\"gapId\":\"g-9\"}");
  }
}
