package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.CaptureImportParameters;
import com.mdm.domain.metadata.DeadLetterParameters;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
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
    assertThat(
            DetailsJson.parameters(
                    new CaptureImportParameters("trades_BTCUSDT", "in/a.log", 2048, 10, 1, 2, 9))
                .toString())
        .isEqualTo(
            "{\"collection\":\"trades_BTCUSDT\",\"file\":\"in/a.log\",\"size_bytes\":2048,"
                + "\"lines\":10,\"rejected_lines\":1,\"line_first\":2,\"line_last\":9}");
  }

  @Test
  void givenTheDetailsOfACandleGapAndOfAHalfYearSilence_whenAnswered_thenTheyAreTheStoredObject() {
    assertThat(
            DetailsJson.gapDetails(
                    new GapDetails(
                        "gid1",
                        SeriesKey.candles(Symbol.of("BTCUSDT"), Timeframe.MINUTE_1),
                        GapKind.CANDLE_GRID,
                        GapPosition.INTERIOR,
                        Instant.parse("2024-05-01T10:00:00Z"),
                        Instant.parse("2024-05-01T11:30:00Z"),
                        90,
                        1,
                        null,
                        null,
                        Severity.HIGH,
                        Duration.ofSeconds(60),
                        "from:2024-05-01T10:00:00Z"))
                .toString())
        .isEqualTo(
            """
            {"gapId":"gid1","dataset":"candles_BTCUSDT_1m","seriesType":"CANDLES",\
            "symbol":"BTCUSDT","timeframe":"1m","kind":"CANDLE_GRID","position":"INTERIOR",\
            "start":"2024-05-01T10:00:00Z","end":"2024-05-01T11:30:00Z","durationSeconds":5400.0,\
            "expectedMissing":90,"breaks":1,"severity":"HIGH","toleranceSeconds":60,\
            "anchor":"from:2024-05-01T10:00:00Z"}""");
    assertThat(
            DetailsJson.gapDetails(
                    new GapDetails(
                        "gid3",
                        SeriesKey.of(SeriesType.FUNDING_RATES, Symbol.of("BTCUSDT")),
                        GapKind.CADENCE,
                        GapPosition.WHOLE_WINDOW,
                        Instant.parse("2023-01-01T00:00:00Z"),
                        Instant.parse("2023-07-20T00:00:00Z"),
                        0,
                        1,
                        null,
                        null,
                        Severity.CRITICAL,
                        Duration.ZERO,
                        "empty"))
                .toString())
        .isEqualTo(
            """
            {"gapId":"gid3","dataset":"funding_rates_BTCUSDT","seriesType":"FUNDING_RATES",\
            "symbol":"BTCUSDT","timeframe":null,"kind":"CADENCE","position":"WHOLE_WINDOW",\
            "start":"2023-01-01T00:00:00Z","end":"2023-07-20T00:00:00Z","durationSeconds":1.728E7,\
            "expectedMissing":0,"breaks":1,"severity":"CRITICAL","toleranceSeconds":0,\
            "anchor":"empty"}""");
  }

  @Test
  void givenTheEventOfASequenceGap_whenAnswered_thenItIsTheLoggedObjectWithTheGapNested() {
    GapDetails gap =
        new GapDetails(
            "gid2",
            SeriesKey.of(SeriesType.AGG_TRADES, Symbol.of("ETHUSDT")),
            GapKind.TRADE_IDS,
            GapPosition.LEADING,
            Instant.parse("2024-05-01T10:00:00.123Z"),
            Instant.parse("2024-05-01T10:00:01.500456789Z"),
            7,
            2,
            new IdRange(100, 106),
            new IdRange(1000, 1049),
            Severity.LOW,
            Duration.ofMillis(1500),
            "id:99");
    GapEvent event =
        new GapEvent(
            GapEvent.Type.DETECTED,
            "gid2",
            "agg_trades_ETHUSDT",
            GapStatus.OPEN,
            gap.start(),
            gap.end(),
            7,
            Severity.LOW,
            gap);

    assertThat(DetailsJson.gapEvent(event).toString())
        .isEqualTo(
            """
            {"event":"detected","gapId":"gid2","dataset":"agg_trades_ETHUSDT","status":"OPEN",\
            "start":"2024-05-01T10:00:00.123Z","end":"2024-05-01T10:00:01.500456789Z",\
            "durationSeconds":1.377,"expectedMissing":7,"severity":"LOW","gap":{"gapId":"gid2",\
            "dataset":"agg_trades_ETHUSDT","seriesType":"AGG_TRADES","symbol":"ETHUSDT",\
            "timeframe":null,"kind":"TRADE_IDS","position":"LEADING",\
            "start":"2024-05-01T10:00:00.123Z","end":"2024-05-01T10:00:01.500456789Z",\
            "durationSeconds":1.377,"expectedMissing":7,"breaks":2,"missingIds":{"from":100,\
            "to":106,"count":7},"missingTradeIds":{"from":1000,"to":1049,"count":50},\
            "severity":"LOW","toleranceSeconds":1,"anchor":"id:99"}}""");
  }
}
