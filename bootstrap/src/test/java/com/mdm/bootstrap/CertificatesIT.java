package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.out.mysql.JdbiCertificateRepository;
import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.HourCertificates;
import com.mdm.application.service.audit.ReauditGapService;
import com.mdm.application.service.backfill.AutoRepairService;
import com.mdm.application.service.backfill.AutoRepairSettings;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;
import com.mdm.testsupport.Await;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Completeness certificates through MongoDB, MariaDB, the HTTP API and the Binance REST stub: an
 * hour short of four candles is certified incomplete with those minutes missing, its hash is
 * recomputed here from the {@code /data} export alone, {@code requireComplete} refuses it; a
 * backfill repairs it, and its certificate becomes version 2, repaired, whose hash the export of
 * the repaired hour matches again.
 */
class CertificatesIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Symbol SOL = Symbol.of("SOLUSDT");
  private static final SeriesKey MINUTES = SeriesKey.candles(SOL, Timeframe.MINUTE_1);
  private static final String HOUR_1 = "start=2024-05-01T01:00:00Z&end=2024-05-01T02:00:00Z";

  @Test
  void givenAnHourShortOfFourCandles_whenCertifiedAndRepaired_thenTheExportProvesEachVersion()
      throws Exception {
    try (BackfillHarness harness = new BackfillHarness();
        CoverageApi api = new CoverageApi(harness, Set.of(SOL))) {
      List<Candle> live =
          IntStream.range(0, 180).filter(m -> m < 70 || m >= 74).mapToObj(m -> candle(m)).toList();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(live).get();
      AuditSettings settings =
          AuditSettings.defaults()
              .withSeries(EnumSet.of(SeriesType.CANDLES), List.of(Timeframe.MINUTE_1));
      JdbiCertificateRepository certificates =
          new JdbiCertificateRepository(harness.metadata.jdbi());
      HourCertificates hours =
          new HourCertificates(harness.series, harness.gaps, certificates, settings);
      Instant now = T0.plus(Duration.ofMinutes(185));

      assertThat(hours.certify(MINUTES, TimeRange.of(T0, now), now)).isEqualTo(3);

      JsonNode report =
          api.get(
                  "/coverage?dataset=candles_SOLUSDT_1m&start=2024-05-01T00:00:00Z"
                      + "&end=2024-05-01T03:00:00Z")
              .body();
      assertThat(report.at("/days/0/certified").asInt()).isEqualTo(3);
      assertThat(report.at("/days/0/complete").asInt()).isEqualTo(2);
      JsonNode first = report.at("/hours/1");
      assertThat(first.get("state").asText()).isEqualTo("incomplete");
      assertThat(first.get("expected").asLong()).isEqualTo(60);
      assertThat(first.get("present").asLong()).isEqualTo(56);
      assertThat(first.at("/missing/0/start").asText()).isEqualTo("2024-05-01T01:10:00Z");
      assertThat(first.at("/missing/0/end").asText()).isEqualTo("2024-05-01T01:14:00Z");
      assertThat(first.at("/missing/0/count").asLong()).isEqualTo(4);
      CoverageApi.Answer short1 =
          api.get("/data/candles?pair=SOLUSDT&period=1m&limit=1000&" + HOUR_1);
      assertThat(short1.body().get("count").asInt()).isEqualTo(56);
      assertThat(hashOf(short1.body().get("data"))).isEqualTo(first.get("sha256").asText());
      assertThat(short1.body().at("/coverage/complete").asBoolean()).isFalse();
      assertThat(short1.body().at("/coverage/missing/0/reason").asText()).isEqualTo("missing");
      CoverageApi.Answer refused =
          api.get("/data/candles?pair=SOLUSDT&period=1m&requireComplete=true&" + HOUR_1);
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body().at("/missing/0/start").asText()).isEqualTo("2024-05-01T01:10:00Z");

      harness.gaps.upsert(gap(T0.plus(Duration.ofMinutes(70)), 4));
      ReauditGapService reaudit =
          new ReauditGapService(
              settings, harness.series, harness.gaps, harness.auditLog, Clock.systemUTC());
      AutoRepairService repair =
          new AutoRepairService(
              harness.gaps,
              harness.jobs,
              harness.service,
              reaudit,
              new AutoRepairSettings(Duration.ofMinutes(1), Duration.ofMinutes(5), 0, 50, 3));
      harness.startWorker(
          harness.jobs, harness.clientSettings(), BackfillHarness.workerSettings("w"), repair);
      assertThat(repair.repairOnce().jobsCreated()).isEqualTo(1);
      Await.until(
          "the gap backfilled",
          Duration.ofSeconds(30),
          () -> harness.gaps.get("sol-minutes").orElseThrow().fate().kind(),
          kind -> kind == GapFate.Kind.BACKFILLED);

      Instant later = now.plus(Duration.ofMinutes(5));
      assertThat(hours.certify(MINUTES, TimeRange.of(T0, later), later)).isEqualTo(1);

      List<CompletenessCertificate> versions =
          certificates.versions(MINUTES.datasetId(), T0.plus(Duration.ofHours(1)));
      assertThat(versions)
          .extracting(CompletenessCertificate::version, CompletenessCertificate::state)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, CertificateState.INCOMPLETE),
              org.assertj.core.groups.Tuple.tuple(2, CertificateState.REPAIRED));
      JsonNode served =
          api.get("/coverage/versions?dataset=candles_SOLUSDT_1m&hour=2024-05-01T01:30:00Z").body();
      assertThat(served.at("/versions/1/state").asText()).isEqualTo("repaired");
      assertThat(served.at("/versions/1/present").asLong()).isEqualTo(60);
      CoverageApi.Answer whole =
          api.get("/data/candles?pair=SOLUSDT&period=1m&limit=1000&requireComplete=true&" + HOUR_1);
      assertThat(whole.status()).isEqualTo(200);
      assertThat(whole.body().at("/coverage/complete").asBoolean()).isTrue();
      String repairedHash = hashOf(whole.body().get("data"));
      assertThat(repairedHash)
          .isEqualTo(served.at("/versions/1/sha256").asText())
          .isNotEqualTo(served.at("/versions/0/sha256").asText());
    }
  }

  /**
   * The hash as docs/auditor.md tells anyone to take it from an export: per candle in open-time
   * order the line {@code openTime,closeTime,open,high,low,close,volume,quoteVolume,tradeCount,
   * takerBuyBaseVolume,takerBuyQuoteVolume,closed} with times in epoch ms and decimals without
   * trailing zeros, each ended by a newline, through SHA-256.
   */
  private static String hashOf(JsonNode candles) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (JsonNode c : candles) {
      String line =
          String.join(
              ",",
              millis(c, "openTime"),
              millis(c, "closeTime"),
              decimal(c, "open"),
              decimal(c, "high"),
              decimal(c, "low"),
              decimal(c, "close"),
              decimal(c, "volume"),
              decimal(c, "quoteVolume"),
              c.get("tradeCount").asText(),
              decimal(c, "takerBuyBaseVolume"),
              decimal(c, "takerBuyQuoteVolume"),
              c.get("closed").asText());
      sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String millis(JsonNode record, String field) {
    return Long.toString(Instant.parse(record.get(field).asText()).toEpochMilli());
  }

  private static String decimal(JsonNode record, String field) {
    BigDecimal value = new BigDecimal(record.get(field).asText());
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static Candle candle(int minute) {
    Instant open = T0.plus(Duration.ofMinutes(minute));
    BigDecimal price = new BigDecimal("7.50").add(BigDecimal.valueOf(minute, 2));
    return new Candle(
        SOL,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(price, price.add(new BigDecimal("0.10")), price, price),
        new BigDecimal("12.000"),
        new BigDecimal("90.5000"),
        3,
        BigDecimal.ZERO,
        new BigDecimal("0.00"),
        true,
        open.plusSeconds(60),
        open.plusSeconds(60));
  }

  private static DataGap gap(Instant start, int minutes) {
    Instant end = start.plus(Duration.ofMinutes(minutes));
    GapDetails details =
        new GapDetails(
            "sol-minutes",
            MINUTES,
            GapKind.CANDLE_GRID,
            GapPosition.INTERIOR,
            start,
            end,
            minutes,
            1,
            null,
            null,
            Severity.MEDIUM,
            Duration.ZERO,
            "from:" + start);
    Instant detected = Instant.now();
    return new DataGap(
        "sol-minutes",
        MINUTES,
        start,
        end,
        minutes,
        Severity.MEDIUM,
        GapStatus.OPEN,
        details,
        detected,
        detected,
        GapCause.CAPTURE_OUTAGE,
        GapFate.OPEN);
  }
}
