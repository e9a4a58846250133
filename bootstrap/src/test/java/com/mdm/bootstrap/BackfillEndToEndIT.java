package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.out.binance.BinanceRestSettings;
import com.mdm.application.service.backfill.BackfillJobListener;
import com.mdm.application.service.backfill.BackfillSettings;
import com.mdm.application.service.backfill.BackfillWorker;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.BinanceFault;
import com.mdm.testsupport.BinanceRestStub;
import com.mdm.testsupport.Fixtures;
import com.mdm.testsupport.StubMarket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Backfill from a Binance stand-in into MongoDB with jobs in MySQL/MariaDB, built from the real
 * adapters: gaps filled exactly, resumption after a killed worker, the weight budget, and the
 * exchange's failure modes.
 */
class BackfillEndToEndIT {

  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  private static BackfillRequest minutes(Symbol symbol, int from, int to) {
    return new BackfillRequest(
        symbol,
        BackfillDataType.CANDLES,
        Timeframe.MINUTE_1,
        T0.plus(Duration.ofMinutes(from)),
        T0.plus(Duration.ofMinutes(to)),
        0);
  }

  private static Candle websocketCandle(Symbol symbol, int minute) {
    Instant open = T0.plus(Duration.ofMinutes(minute));
    BigDecimal price = new BigDecimal("42.42");
    return new Candle(
        symbol,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(price, price, price, price),
        BigDecimal.ONE,
        BigDecimal.ONE,
        1,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        true,
        open.plusSeconds(60),
        open.plusSeconds(61));
  }

  private static List<Candle> stored(BackfillHarness harness, Symbol symbol, Timeframe tf) {
    return harness
        .series
        .repository(SeriesType.CANDLES, Candle.class)
        .range(SeriesKey.candles(symbol, tf), TimeRange.all(), 100_000, SortOrder.ASCENDING);
  }

  /** The lineage record of a series, which the worker appends just after finishing the job. */
  private static LineageRecord lineageOf(BackfillHarness harness, String datasetId) {
    return Await.until(
            "lineage of " + datasetId,
            Duration.ofSeconds(10),
            () -> harness.lineage.listByDataset(datasetId, PageRequest.first(10)),
            records -> !records.isEmpty())
        .getFirst();
  }

  @Test
  void givenStoredCandlesWithAGap_whenAJobCoversTheWholeRange_thenTheGapIsFilledExactly()
      throws Exception {
    Symbol symbol = Symbol.of("BTCUSDT");
    try (BackfillHarness harness = new BackfillHarness()) {
      List<Candle> live =
          IntStream.range(0, 3000)
              .filter(m -> m < 1000 || m >= 2000)
              .mapToObj(m -> websocketCandle(symbol, m))
              .toList();
      harness.series.repository(SeriesType.CANDLES, Candle.class).saveAll(live).get();
      harness.startWorker();

      BackfillJob job =
          harness.awaitFinal(harness.service.create(minutes(symbol, 0, 3000)).jobId());

      assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
      assertThat(job.progress()).isEqualTo(100);
      assertThat(job.recordsFetched()).isEqualTo(3000);
      assertThat(job.recordsInserted()).isEqualTo(1000);
      List<Candle> candles = stored(harness, symbol, Timeframe.MINUTE_1);
      assertThat(candles)
          .extracting(Candle::openTime)
          .containsExactlyElementsOf(
              IntStream.range(0, 3000).mapToObj(m -> T0.plus(Duration.ofMinutes(m))).toList());
      Map<Boolean, Long> byOrigin =
          candles.stream()
              .collect(
                  Collectors.partitioningBy(
                      c -> c.open().equals(new BigDecimal("42.42")), Collectors.counting()));
      assertThat(byOrigin).containsEntry(true, 2000L).containsEntry(false, 1000L);
      assertThat(candles).allMatch(Candle::closed);
      LineageRecord lineage = lineageOf(harness, "candles_BTCUSDT_1m");
      assertThat(lineage.source()).isEqualTo("binance-rest");
      assertThat(lineage.parameters())
          .isInstanceOfSatisfying(
              BackfillParameters.class, p -> assertThat(p.endpoint()).isEqualTo("/fapi/v1/klines"));
      assertThat(lineage.inputRecords()).isEqualTo(3000);
      assertThat(lineage.outputRecords()).isEqualTo(1000);
      assertThat(lineage.duplicateRecords()).isEqualTo(2000);
      assertThat(lineage.rangeStart()).isEqualTo(T0);
      assertThat(lineage.status()).isEqualTo("COMPLETED");
    }
  }

  @Test
  void givenARecordedKlinesResponse_whenBackfilled_thenTheStoredCandlesAreItsRowsExactly()
      throws Exception {
    Symbol symbol = Symbol.of("BTCUSDT");
    try (BackfillHarness harness = new BackfillHarness()) {
      harness.stub.record(
          "/fapi/v1/klines",
          "BTCUSDT",
          Fixtures.rest("fapi_v1_klines/BTCUSDT_1h_1718654400000.json"));
      harness.startWorker();
      Instant start = Instant.ofEpochMilli(1718654400000L);

      harness.awaitFinal(
          harness
              .service
              .create(
                  new BackfillRequest(
                      symbol,
                      BackfillDataType.CANDLES,
                      Timeframe.HOUR_1,
                      start,
                      start.plus(Duration.ofHours(4)),
                      0))
              .jobId());

      List<Candle> candles = stored(harness, symbol, Timeframe.HOUR_1);
      assertThat(candles).hasSize(4);
      assertThat(candles.getFirst().open()).isEqualTo(new BigDecimal("66661.40"));
      assertThat(candles.getFirst().quoteVolume()).isEqualTo(new BigDecimal("939449103.58380"));
      assertThat(candles.getLast().volume()).isEqualTo(new BigDecimal("813.988"));
      assertThat(candles.getLast().tradeCount()).isEqualTo(10655);
    }
  }

  @Test
  void givenAWorkerKilledMidJob_whenAnotherWorkerStarts_thenItResumesFromTheCheckpoint()
      throws Exception {
    Symbol symbol = Symbol.of("XRPUSDT");
    try (BackfillHarness harness = new BackfillHarness()) {
      DyingJobRepository dying = new DyingJobRepository(harness.jobs, 5);
      BackfillWorker first =
          harness.startWorker(
              dying,
              harness.clientSettings(),
              BackfillHarness.workerSettings("worker-a"),
              BackfillJobListener.NONE);
      String jobId = harness.service.create(minutes(symbol, 0, 2000)).jobId();
      Await.until("the first worker to die", Duration.ofSeconds(30), dying::dead, dead -> dead);
      first.stop(Duration.ofSeconds(5));

      BackfillJob orphan = harness.jobs.get(jobId).orElseThrow();
      assertThat(orphan.status()).isEqualTo(BackfillStatus.RUNNING);
      assertThat(orphan.claimedBy()).isEqualTo("worker-a");
      assertThat(orphan.checkpoint().pages()).isEqualTo(5);
      BackfillSettings quickTakeover =
          new BackfillSettings(
              "worker-b",
              2,
              Duration.ofMillis(100),
              Duration.ofSeconds(1),
              5,
              Duration.ofMillis(200),
              Duration.ofSeconds(30),
              Duration.ofSeconds(30));
      harness.startWorker(
          harness.jobs, harness.clientSettings(), quickTakeover, BackfillJobListener.NONE);
      BackfillJob job = harness.awaitFinal(jobId);

      assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
      assertThat(job.claimedBy()).isEqualTo("worker-b");
      assertThat(job.attempts()).isEqualTo(2);
      assertThat(stored(harness, symbol, Timeframe.MINUTE_1)).hasSize(2000);
      Map<String, Long> fetchesPerPage =
          harness.stub.requests().stream()
              .collect(
                  Collectors.groupingBy(r -> r.query().get("startTime"), Collectors.counting()));
      assertThat(fetchesPerPage).hasSize(20);
      assertThat(fetchesPerPage.values().stream().filter(n -> n > 1).count())
          .as("pages fetched again after the restart")
          .isLessThanOrEqualTo(1);
      // the page written by the killed worker but not checkpointed counts as duplicates
      assertThat(job.recordsFetched()).isEqualTo(2000);
      assertThat(job.recordsInserted()).isBetween(1900L, 2000L);
    }
  }

  @Test
  void givenAWorkerStoppedMidJob_whenTheServiceStartsAgain_thenTheJobResumesAtOnce()
      throws Exception {
    Symbol symbol = Symbol.of("DOTUSDT");
    Duration second = Duration.ofSeconds(1);
    // 20 weight a second at weight 2 a page: ten pages a second, so the job takes seconds
    try (BackfillHarness harness = new BackfillHarness(2400, second)) {
      BinanceRestSettings slow = harness.clientSettings().withWeightBudget(25, 0.2, second);
      BackfillWorker first =
          harness.startWorker(
              harness.jobs,
              slow,
              BackfillHarness.workerSettings("worker-a"),
              BackfillJobListener.NONE);
      String jobId = harness.service.create(minutes(symbol, 0, 3000)).jobId();
      harness.awaitJob(jobId, job -> job.recordsFetched() >= 300);

      first.stop(Duration.ofSeconds(10));

      BackfillJob stopped = harness.jobs.get(jobId).orElseThrow();
      assertThat(stopped.status()).isEqualTo(BackfillStatus.PENDING);
      assertThat(stopped.claimedBy()).isNull();
      assertThat(stopped.recordsFetched()).isBetween(300L, 2900L);
      harness.startWorker(
          harness.jobs,
          harness.clientSettings(),
          BackfillHarness.workerSettings("worker-b"),
          BackfillJobListener.NONE);
      BackfillJob job = harness.awaitFinal(jobId);

      assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
      assertThat(job.recordsFetched()).isEqualTo(3000);
      assertThat(stored(harness, symbol, Timeframe.MINUTE_1)).hasSize(3000);
      Map<String, Long> fetchesPerPage =
          harness.stub.requests().stream()
              .filter(r -> r.status() == 200)
              .collect(
                  Collectors.groupingBy(r -> r.query().get("startTime"), Collectors.counting()));
      assertThat(fetchesPerPage.values().stream().filter(n -> n > 1).count())
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void givenOtherClientsOnTheIp_whenAJobRunsManyPages_thenTheWeightNeverPassesTheBudget()
      throws Exception {
    Symbol symbol = Symbol.of("ETHUSDT");
    Duration second = Duration.ofSeconds(1);
    try (BackfillHarness harness = new BackfillHarness(40, second)) {
      harness.stub.otherClientsUse(15);
      BinanceRestSettings client = harness.clientSettings().withWeightBudget(40, 0.25, second);
      harness.startWorker(
          harness.jobs, client, BackfillHarness.workerSettings("w"), BackfillJobListener.NONE);

      BackfillJob job =
          harness.awaitFinal(harness.service.create(minutes(symbol, 0, 3000)).jobId());

      assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
      assertThat(harness.stub.requests()).hasSize(30).allMatch(r -> r.status() == 200);
      assertThat(harness.stub.rejectedOverBudget()).isZero();
      assertThat(harness.stub.maxUsedWeight()).isLessThanOrEqualTo(40);
      assertThat(stored(harness, symbol, Timeframe.MINUTE_1)).hasSize(3000);
    }
  }

  @Test
  void givenRateLimitsABanServerErrorsAndATimeout_whenAJobRuns_thenItStillCompletesExactly()
      throws Exception {
    Symbol symbol = Symbol.of("SOLUSDT");
    try (BackfillHarness harness = new BackfillHarness()) {
      harness.stub.failNext(
          BinanceFault.status(
              429, BinanceRestStub.error(-1003, "Too many requests."), Map.of("Retry-After", "1")));
      harness.stub.failNext(BinanceFault.status(503, "", Map.of()));
      harness.stub.failNext(BinanceFault.slow(Duration.ofMillis(1500)));
      harness.stub.failNext(
          BinanceFault.status(
              418,
              BinanceRestStub.error(-1003, "Way too many requests; IP banned."),
              Map.of("Retry-After", "1")));
      harness.startWorker();

      BackfillJob job =
          harness.awaitFinal(
              harness
                  .service
                  .create(
                      new BackfillRequest(
                          symbol,
                          BackfillDataType.CANDLES,
                          Timeframe.HOUR_1,
                          T0,
                          T0.plus(Duration.ofHours(300)),
                          0))
                  .jobId());

      assertThat(job.status()).isEqualTo(BackfillStatus.COMPLETED);
      assertThat(stored(harness, symbol, Timeframe.HOUR_1)).hasSize(300);
      assertThat(harness.stub.requests())
          .extracting(BinanceRestStub.Request::status)
          .contains(429, 503, 418);
    }
  }

  @Test
  void givenAnInvalidSymbol_whenAJobRuns_thenItFailsWithBinancesMessageAndALineageRecord()
      throws Exception {
    try (BackfillHarness harness = new BackfillHarness()) {
      harness.stub.invalidSymbol("GONEUSDT");
      harness.startWorker();

      BackfillJob job =
          harness.awaitFinal(harness.service.create(minutes(Symbol.of("GONEUSDT"), 0, 60)).jobId());

      assertThat(job.status()).isEqualTo(BackfillStatus.FAILED);
      assertThat(job.errorMessage())
          .contains("Binance rejected GET /fapi/v1/klines?symbol=GONEUSDT")
          .contains("Invalid symbol. (code -1121) (HTTP 400)");
      assertThat(harness.stub.requests()).hasSize(1);
      LineageRecord lineage = lineageOf(harness, "candles_GONEUSDT_1m");
      assertThat(lineage.status()).isEqualTo("FAILED");
      assertThat(lineage.errorMessage()).isEqualTo(job.errorMessage());
    }
  }

  @Test
  void givenAggregateTrades_whenBackfilledTwice_thenTheSecondRunStoresNothingNew()
      throws Exception {
    Symbol symbol = Symbol.of("ADAUSDT");
    Instant from = StubMarket.TAPE_START.plus(Duration.ofHours(1));
    BackfillRequest request =
        new BackfillRequest(
            symbol, BackfillDataType.AGG_TRADES, null, from, from.plus(Duration.ofMinutes(3)), 0);
    try (BackfillHarness harness = new BackfillHarness()) {
      harness.startWorker();

      BackfillJob first = harness.awaitFinal(harness.service.create(request).jobId());
      BackfillJob second = harness.awaitFinal(harness.service.create(request).jobId());

      assertThat(second.jobId()).isNotEqualTo(first.jobId());
      assertThat(first.recordsInserted()).isEqualTo(720);
      assertThat(second.recordsFetched()).isEqualTo(720);
      assertThat(second.recordsInserted()).isZero();
      List<AggregateTrade> trades =
          harness
              .series
              .repository(SeriesType.AGG_TRADES, AggregateTrade.class)
              .range(
                  SeriesKey.of(SeriesType.AGG_TRADES, symbol),
                  TimeRange.all(),
                  10_000,
                  SortOrder.ASCENDING);
      assertThat(trades)
          .hasSize(720)
          .extracting(AggregateTrade::tradeTime)
          .allMatch(t -> !t.isBefore(from));
      assertThat(
              harness.stub.requests().stream()
                  .filter(r -> r.query().containsKey("startTime"))
                  .count())
          .as("requests by time window, one per job")
          .isEqualTo(2);
    }
  }

  @Test
  void givenFundingAndMarkPriceJobs_whenRun_thenEachSeriesIsFilled() throws Exception {
    Symbol symbol = Symbol.of("LTCUSDT");
    try (BackfillHarness harness = new BackfillHarness()) {
      harness.startWorker();

      BackfillJob funding =
          harness.service.create(
              new BackfillRequest(
                  symbol,
                  BackfillDataType.FUNDING_RATES,
                  null,
                  T0,
                  T0.plus(Duration.ofDays(40)),
                  0));
      BackfillJob markPrice =
          harness.service.create(
              new BackfillRequest(
                  symbol,
                  BackfillDataType.MARK_PRICE_CANDLES,
                  Timeframe.HOUR_4,
                  T0,
                  T0.plus(Duration.ofDays(40)),
                  0));
      List<BackfillJob> done =
          List.of(harness.awaitFinal(funding.jobId()), harness.awaitFinal(markPrice.jobId()));

      assertThat(done).allMatch(job -> job.status() == BackfillStatus.COMPLETED);
      assertThat(
              harness
                  .series
                  .repository(SeriesType.FUNDING_RATES, FundingRate.class)
                  .count(SeriesKey.of(SeriesType.FUNDING_RATES, symbol), TimeRange.all()))
          .isEqualTo(120);
      assertThat(
              harness
                  .series
                  .repository(SeriesType.MARK_PRICE_CANDLES, MarkPriceCandle.class)
                  .count(SeriesKey.markPriceCandles(symbol, Timeframe.HOUR_4), TimeRange.all()))
          .isEqualTo(240);
      assertThat(lineageOf(harness, "mark_price_candles_LTCUSDT_4h").parameters())
          .isInstanceOfSatisfying(
              BackfillParameters.class,
              p -> assertThat(p.endpoint()).isEqualTo("/fapi/v1/markPriceKlines"));
    }
  }
}
