package com.mdm.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.application.service.catalog.PairCatalog;
import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.in.HealthStatus;
import com.mdm.domain.port.in.HealthSummary;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.domain.port.in.Readiness;
import com.mdm.domain.port.out.HealthProbe;
import com.mdm.domain.port.out.ProbeResult;
import com.mdm.testsupport.fake.InMemoryDatasetRepository;
import com.mdm.testsupport.fake.InMemoryHealthMetricRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QueryHealthServiceTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final Symbol BTC = Symbol.of("BTCUSDT");

  private final InMemoryDatasetRepository catalog = new InMemoryDatasetRepository();
  private final InMemoryHealthMetricRepository metrics = new InMemoryHealthMetricRepository();
  private final PairCatalog pairs = new PairCatalog();

  @Test
  void readyWhenEveryProbeAnswers() {
    Readiness readiness = service(List.of(up("nats"), up("mongodb"), up("mysql"))).readiness();

    assertThat(readiness.ready()).isTrue();
    assertThat(readiness.probes())
        .extracting(ProbeResult::name)
        .containsExactly("nats", "mongodb", "mysql");
  }

  @Test
  void aProbeThatHangsCountsAsDownOnceTheTimeoutPasses() {
    HealthProbe hanging =
        probe(
            "mysql",
            timeout -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return ProbeResult.up("mysql", Duration.ZERO, "never");
            });
    long started = System.nanoTime();

    Readiness readiness = service(List.of(up("nats"), hanging)).readiness();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.failed())
        .singleElement()
        .satisfies(
            failed -> {
              assertThat(failed.name()).isEqualTo("mysql");
              assertThat(failed.error()).contains("no answer within 300 ms");
            });
  }

  @Test
  void aProbeThatThrowsCountsAsDown() {
    HealthProbe broken =
        probe(
            "mongodb",
            timeout -> {
              throw new IllegalStateException("connection refused");
            });

    Readiness readiness = service(List.of(broken)).readiness();

    assertThat(readiness.ready()).isFalse();
    assertThat(readiness.failed().getFirst().error()).isEqualTo("connection refused");
  }

  @Test
  void theSummaryCountsDatasetsByTheirLatestQualityScore() {
    catalog.upsert(dataset("candles_BTCUSDT_1m"));
    catalog.upsert(dataset("trades_BTCUSDT"));
    catalog.upsert(dataset("depth_BTCUSDT"));
    catalog.upsert(dataset("tickers_BTCUSDT"));
    metrics.append(metric("candles_BTCUSDT_1m", 40, NOW.minusSeconds(600)));
    metrics.append(metric("candles_BTCUSDT_1m", 95, NOW));
    metrics.append(metric("trades_BTCUSDT", 75, NOW));
    metrics.append(metric("depth_BTCUSDT", 20, NOW));

    HealthSummary summary = service(List.of()).summary();

    assertThat(summary.healthy()).isEqualTo(1);
    assertThat(summary.degraded()).isEqualTo(1);
    assertThat(summary.unhealthy()).isEqualTo(1);
    assertThat(summary.unknown()).isEqualTo(1);
    assertThat(summary.overallScore()).isEqualTo(63.33);
    assertThat(summary.datasets())
        .filteredOn(entry -> entry.datasetId().equals("tickers_BTCUSDT"))
        .singleElement()
        .satisfies(entry -> assertThat(entry.status()).isEqualTo(HealthStatus.UNKNOWN));
  }

  @Test
  void latestForAPairAndPeriodIsTheLatestMetricOfItsCandles() {
    metrics.append(metric("candles_BTCUSDT_1m", 80, NOW.minusSeconds(60)));
    metrics.append(metric("candles_BTCUSDT_1m", 90, NOW));
    metrics.append(metric("trades_BTCUSDT", 70, NOW));

    assertThat(service(List.of()).latest(BTC, Timeframe.MINUTE_1))
        .singleElement()
        .satisfies(metric -> assertThat(metric.qualityScore()).isEqualTo(90));
    assertThat(service(List.of()).latest(BTC, null))
        .extracting(HealthMetric::datasetId)
        .containsExactlyInAnyOrder("candles_BTCUSDT_1m", "trades_BTCUSDT");
  }

  @Test
  void
      givenAPairOutsideTheSupportedOnesInTheCatalog_whenAskedForItsHealth_thenItsMetricsAreServed() {
    Symbol sushi = Symbol.of("SUSHIUSDT");
    pairs.register(sushi);
    metrics.append(metric("trades_SUSHIUSDT", 75, NOW));

    assertThat(service(List.of()).latest(sushi, null))
        .extracting(HealthMetric::datasetId)
        .containsExactly("trades_SUSHIUSDT");
  }

  @Test
  void aPairWithNoDataStoredOrAMalformedDatasetIdIsRefused() {
    QueryHealthService service = service(List.of());

    assertThatThrownBy(() -> service.latest(Symbol.of("DOGEUSDT"), null))
        .isInstanceOf(NoDataStoredException.class)
        .hasMessage("no data stored for pair DOGEUSDT");
    assertThatThrownBy(() -> service.history("no such id!", null, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("datasetId"));
    assertThatThrownBy(() -> service.history("trades_BTCUSDT", NOW, NOW.minusSeconds(1)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("start"));
  }

  @Test
  void historyDefaultsToTheLastDay() {
    metrics.append(metric("trades_BTCUSDT", 70, NOW.minus(Duration.ofHours(25))));
    metrics.append(metric("trades_BTCUSDT", 71, NOW.minus(Duration.ofHours(23))));

    assertThat(service(List.of()).history("trades_BTCUSDT", null, null))
        .extracting(HealthMetric::qualityScore)
        .containsExactly(71.0);
  }

  private QueryHealthService service(List<HealthProbe> probes) {
    return new QueryHealthService(
        probes,
        Duration.ofMillis(300),
        catalog,
        metrics,
        new ReadablePairs(pairs, Set.of(BTC), false, Clock.fixed(NOW, ZoneOffset.UTC)),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static HealthProbe up(String name) {
    return probe(name, timeout -> ProbeResult.up(name, Duration.ofMillis(1), "1.0"));
  }

  private static HealthProbe probe(String name, Function<Duration, ProbeResult> check) {
    return new HealthProbe() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ProbeResult check(Duration timeout) {
        return check.apply(timeout);
      }
    };
  }

  private static Dataset dataset(String id) {
    return new Dataset(
        id, id, null, "market", null, "mongodb", id, BTC, null, null, null, null, null, null, NOW,
        NOW);
  }

  private static HealthMetric metric(String datasetId, double quality, Instant at) {
    return new HealthMetric(
        null,
        datasetId,
        BTC,
        at.minusSeconds(3600),
        at,
        100,
        5,
        100,
        0,
        0,
        0,
        0,
        100,
        100,
        quality,
        at);
  }
}
