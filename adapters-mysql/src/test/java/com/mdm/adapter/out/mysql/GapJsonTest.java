package com.mdm.adapter.out.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.IdRange;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Gap and audit details keep the text earlier versions wrote, and read it back: the expected texts
 * are what the auditor stored before the details were typed.
 */
class GapJsonTest {

  private static final GapDetails CANDLES =
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
          "from:2024-05-01T10:00:00Z");
  private static final GapDetails AGG_TRADES =
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
          Duration.ofSeconds(1),
          "id:99");
  private static final GapDetails FUNDING_HALF_A_YEAR =
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
          "empty");

  static final String CANDLES_TEXT =
      """
        {"gapId":"gid1","dataset":"candles_BTCUSDT_1m","seriesType":"CANDLES","symbol":"BTCUSDT",\
        "timeframe":"1m","kind":"CANDLE_GRID","position":"INTERIOR","start":"2024-05-01T10:00:00Z",\
        "end":"2024-05-01T11:30:00Z","durationSeconds":5400.0,"expectedMissing":90,"breaks":1,\
        "severity":"HIGH","toleranceSeconds":60,"anchor":"from:2024-05-01T10:00:00Z"}""";
  static final String AGG_TRADES_TEXT =
      """
        {"gapId":"gid2","dataset":"agg_trades_ETHUSDT","seriesType":"AGG_TRADES",\
        "symbol":"ETHUSDT","timeframe":null,"kind":"TRADE_IDS","position":"LEADING",\
        "start":"2024-05-01T10:00:00.123Z","end":"2024-05-01T10:00:01.500456789Z",\
        "durationSeconds":1.377,"expectedMissing":7,"breaks":2,"missingIds":{"from":100,"to":106,\
        "count":7},"missingTradeIds":{"from":1000,"to":1049,"count":50},"severity":"LOW",\
        "toleranceSeconds":1,"anchor":"id:99"}""";
  static final String FUNDING_TEXT =
      """
        {"gapId":"gid3","dataset":"funding_rates_BTCUSDT","seriesType":"FUNDING_RATES",\
        "symbol":"BTCUSDT","timeframe":null,"kind":"CADENCE","position":"WHOLE_WINDOW",\
        "start":"2023-01-01T00:00:00Z","end":"2023-07-20T00:00:00Z","durationSeconds":1.728E7,\
        "expectedMissing":0,"breaks":1,"severity":"CRITICAL","toleranceSeconds":0,\
        "anchor":"empty"}""";
  static final String DETECTED_TEXT =
      """
        {"event":"detected","gapId":"gid2","dataset":"agg_trades_ETHUSDT","status":"OPEN",\
        "start":"2024-05-01T10:00:00.123Z","end":"2024-05-01T10:00:01.500456789Z",\
        "durationSeconds":1.377,"expectedMissing":7,"severity":"LOW","gap":{"gapId":"gid2",\
        "dataset":"agg_trades_ETHUSDT","seriesType":"AGG_TRADES","symbol":"ETHUSDT",\
        "timeframe":null,"kind":"TRADE_IDS","position":"LEADING",\
        "start":"2024-05-01T10:00:00.123Z","end":"2024-05-01T10:00:01.500456789Z",\
        "durationSeconds":1.377,"expectedMissing":7,"breaks":2,"missingIds":{"from":100,"to":106,\
        "count":7},"missingTradeIds":{"from":1000,"to":1049,"count":50},"severity":"LOW",\
        "toleranceSeconds":1,"anchor":"id:99"}}""";

  @Test
  void givenGapDetails_whenWritten_thenTheTextIsWhatTheAuditorStoredAndReadsBack() {
    assertThat(GapDetailsJson.write(CANDLES)).isEqualTo(CANDLES_TEXT);
    assertThat(GapDetailsJson.write(AGG_TRADES)).isEqualTo(AGG_TRADES_TEXT);
    assertThat(GapDetailsJson.write(FUNDING_HALF_A_YEAR)).isEqualTo(FUNDING_TEXT);
    assertThat(GapDetailsJson.read(CANDLES_TEXT)).isEqualTo(CANDLES);
    assertThat(GapDetailsJson.read(AGG_TRADES_TEXT)).isEqualTo(AGG_TRADES);
    assertThat(GapDetailsJson.read(FUNDING_TEXT)).isEqualTo(FUNDING_HALF_A_YEAR);
  }

  @Test
  void givenEventsOfAGap_whenWritten_thenTheTextIsWhatTheAuditorLoggedAndReadsBack() {
    for (GapEvent.Type type : GapEvent.Type.values()) {
      GapEvent event =
          new GapEvent(
              type,
              "gid2",
              "agg_trades_ETHUSDT",
              GapStatus.OPEN,
              AGG_TRADES.start(),
              AGG_TRADES.end(),
              7,
              Severity.LOW,
              AGG_TRADES);
      String text =
          DETECTED_TEXT.replace("\"detected\"", "\"" + type.name().toLowerCase(Locale.ROOT) + "\"");

      assertThat(GapEventJson.write(event)).isEqualTo(text);
      assertThat(GapEventJson.read(text)).isEqualTo(event);
    }
  }
}
