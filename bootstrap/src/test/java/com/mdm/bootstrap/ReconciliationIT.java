package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.out.binance.BinanceExchangeHistoryClient;
import com.mdm.adapter.out.mysql.JdbiCertificateRepository;
import com.mdm.adapter.out.mysql.JdbiReconciliationLog;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.CandleReconciliation;
import com.mdm.application.service.audit.HourCertificates;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Both reconciliations through MongoDB, MariaDB, the Binance REST stub and the HTTP API: one stored
 * candle is altered; the candle rebuilt from the stored aggregate trades of its minute and the REST
 * kline of the minute both disagree with it, and {@code /audit/reconciliation} lists both findings
 * with both figures and their sources; the unaltered hour is raised to reconciled. Correcting from
 * REST then replaces the altered candle by the kline (origin {@code correction}), marks REST's
 * finding corrected and certifies the hour anew with another hash.
 */
class ReconciliationIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Symbol XRP = Symbol.of("XRPUSDT");
  private static final SeriesKey MINUTES = SeriesKey.candles(XRP, Timeframe.MINUTE_1);
  private static final SeriesKey TRADES = SeriesKey.of(SeriesType.AGG_TRADES, XRP);
  private static final int ALTERED = 17;

  @Test
  void givenAnAlteredCandle_whenReconciled_thenTheTradesAndRestBothReportIt() throws Exception {
    try (BackfillHarness harness = new BackfillHarness();
        CoverageApi api = new CoverageApi(harness, Set.of(XRP));
        BinanceExchangeHistoryClient rest =
            new BinanceExchangeHistoryClient(harness.clientSettings())) {
      List<AggregateTrade> trades = new ArrayList<>();
      List<Candle> candles = new ArrayList<>();
      for (int m = 0; m < 120; m++) {
        trades.addAll(trades(m));
        candles.add(candle(m, m == ALTERED ? "0.5050" : "0.5100"));
      }
      harness.series.repository(SeriesType.AGG_TRADES, AggregateTrade.class).saveAll(trades).get();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(candles).get();
      harness.stub.record("/fapi/v1/klines", "XRPUSDT", klines(0, 60));
      JdbiCertificateRepository certificates =
          new JdbiCertificateRepository(harness.metadata.jdbi());
      AuditSettings settings =
          AuditSettings.defaults()
              .withSeries(
                  EnumSet.of(SeriesType.CANDLES, SeriesType.AGG_TRADES),
                  List.of(Timeframe.MINUTE_1));
      HourCertificates hours =
          new HourCertificates(harness.series, harness.gaps, certificates, settings);
      Instant now = T0.plus(Duration.ofMinutes(125));
      hours.certify(TRADES, TimeRange.of(T0, now), now);
      hours.certify(MINUTES, TimeRange.of(T0, now), now);
      CandleReconciliation reconciliation = reconciliation(harness, certificates, rest, null);

      CandleReconciliation.Outcome altered = reconciliation.reconcile(XRP, T0, true, now);
      CandleReconciliation.Outcome whole =
          reconciliation.reconcile(XRP, T0.plus(Duration.ofHours(1)), false, now);

      assertThat(altered.withTrades()).isEqualTo(60);
      assertThat(altered.withRest()).isEqualTo(60);
      assertThat(altered.disagreements()).isEqualTo(2);
      assertThat(whole.raised()).isTrue();
      JsonNode found = api.get("/audit/reconciliation?dataset=candles_XRPUSDT_1m").body();
      assertThat(found.get("findings")).hasSize(2);
      List<String> sources = new ArrayList<>();
      for (JsonNode finding : found.get("findings")) {
        assertThat(finding.get("openTime").asText()).isEqualTo("2024-05-01T00:17:00Z");
        assertThat(finding.at("/stored/source").asText()).isEqualTo("stored_candle");
        assertThat(finding.at("/stored/close").asText()).isEqualTo("0.5050");
        assertThat(new BigDecimal(finding.at("/other/close").asText()))
            .isEqualByComparingTo("0.51");
        assertThat(finding.get("differing").toString()).isEqualTo("[\"close\"]");
        sources.add(finding.at("/other/source").asText());
      }
      assertThat(sources).containsExactlyInAnyOrder("agg_trades", "binance_rest");
      JsonNode report =
          api.get(
                  "/coverage?dataset=candles_XRPUSDT_1m&start=2024-05-01T00:00:00Z"
                      + "&end=2024-05-01T02:00:00Z")
              .body();
      assertThat(report.at("/hours/0/state").asText()).isEqualTo("complete");
      assertThat(report.at("/hours/1/state").asText()).isEqualTo("reconciled");
      assertThat(report.at("/hours/1/version").asInt()).isEqualTo(2);
      String sha = report.at("/hours/0/sha256").asText();

      // correcting from REST: the altered candle takes the REST kline's figures and says so
      CandleReconciliation correcting = reconciliation(harness, certificates, rest, hours);
      Instant later = now.plus(Duration.ofMinutes(5));
      assertThat(correcting.reconcile(XRP, T0, true, later).disagreements()).isEqualTo(2);

      JsonNode corrected =
          api.get(
                  "/data/candles?pair=XRPUSDT&period=1m&origin=true&limit=1"
                      + "&start=2024-05-01T00:17:00Z&end=2024-05-01T00:18:00Z")
              .body()
              .at("/data/0");
      assertThat(new BigDecimal(corrected.get("close").asText())).isEqualByComparingTo("0.51");
      assertThat(corrected.at("/origin/kind").asText()).isEqualTo("correction");
      assertThat(corrected.at("/origin/source").asText()).isEqualTo("binance_rest");
      JsonNode all = api.get("/audit/reconciliation?dataset=candles_XRPUSDT_1m").body();
      List<Boolean> flags = new ArrayList<>();
      for (JsonNode finding : all.get("findings")) {
        flags.add(finding.get("corrected").asBoolean());
      }
      // the two of the first pass and the two of the correcting one, of which REST's corrected
      assertThat(flags).containsExactlyInAnyOrder(false, false, false, true);
      JsonNode recertified =
          api.get(
                  "/coverage?dataset=candles_XRPUSDT_1m&start=2024-05-01T00:00:00Z"
                      + "&end=2024-05-01T01:00:00Z")
              .body();
      assertThat(recertified.at("/hours/0/version").asInt()).isEqualTo(2);
      assertThat(recertified.at("/hours/0/sha256").asText()).isNotEqualTo(sha);
    }
  }

  /** Reconciling on the harness's stores; correcting and recertifying through {@code hours}. */
  private static CandleReconciliation reconciliation(
      BackfillHarness harness,
      JdbiCertificateRepository certificates,
      BinanceExchangeHistoryClient rest,
      HourCertificates hours) {
    return new CandleReconciliation(
        harness.series,
        certificates,
        new JdbiReconciliationLog(harness.metadata.jdbi()),
        rest,
        500,
        hours);
  }

  /** Minute {@code m}: 1 at 0.5000 (3 trades), then 2 at 0.5100 (2 trades). */
  private static List<AggregateTrade> trades(int m) {
    Instant at = T0.plus(Duration.ofMinutes(m));
    return List.of(
        trade(2L * m + 1, "0.5000", "1", 10L * m, 10L * m + 2, at.plusSeconds(5)),
        trade(2L * m + 2, "0.5100", "2", 10L * m + 3, 10L * m + 4, at.plusSeconds(40)));
  }

  private static AggregateTrade trade(
      long id, String price, String qty, long first, long last, Instant time) {
    return new AggregateTrade(
        XRP, id, new BigDecimal(price), new BigDecimal(qty), first, last, false, time, time, time);
  }

  /** The candle the trades make, but for its close. */
  private static Candle candle(int m, String close) {
    Instant open = T0.plus(Duration.ofMinutes(m));
    return new Candle(
        XRP,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(
            new BigDecimal("0.5000"),
            new BigDecimal("0.5100"),
            new BigDecimal("0.5000"),
            new BigDecimal(close)),
        new BigDecimal("3.0"),
        new BigDecimal("1.5200"),
        5,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        true,
        open.plusSeconds(60),
        open.plusSeconds(60));
  }

  /** The true klines of minutes {@code [from, to)} in the REST format. */
  private static byte[] klines(int from, int to) {
    StringJoiner rows = new StringJoiner(",", "[", "]");
    for (int m = from; m < to; m++) {
      long open = T0.plus(Duration.ofMinutes(m)).toEpochMilli();
      rows.add(
          "["
              + open
              + ",\"0.5000\",\"0.5100\",\"0.5000\",\"0.5100\",\"3.0\","
              + (open + 59_999)
              + ",\"1.5200\",5,\"0\",\"0\",\"0\"]");
    }
    return rows.toString().getBytes(StandardCharsets.UTF_8);
  }
}
