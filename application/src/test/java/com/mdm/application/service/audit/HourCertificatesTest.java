package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.T0;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.MissingRange;
import com.mdm.domain.metadata.Severity;
import com.mdm.testsupport.fake.InMemoryCertificateRepository;
import com.mdm.testsupport.fake.InMemoryDataGapRepository;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Certificates of closed hours, computed from the stored records and the recorded gaps. */
class HourCertificatesTest {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final SeriesKey AGG = SeriesKey.of(SeriesType.AGG_TRADES, BTC);
  private static final SeriesKey DEPTH = SeriesKey.of(SeriesType.DEPTH, BTC);
  private static final Instant NOW = T0.plus(Duration.ofMinutes(125));
  private static final TimeRange WINDOW = TimeRange.of(NOW.minus(Duration.ofHours(3)), NOW);

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final InMemoryDataGapRepository gaps = new InMemoryDataGapRepository();
  private final InMemoryCertificateRepository certificates = new InMemoryCertificateRepository();
  private final HourCertificates hours =
      new HourCertificates(
          store, gaps, certificates, TestSettings.settings(Duration.ofSeconds(60), 7));

  @SuppressWarnings("unchecked")
  private <T extends MarketEvent> void save(SeriesKey key, List<T> records) {
    store.repository(key.type(), (Class<T>) key.type().recordType()).saveAll(records).join();
  }

  private static List<Candle> candlesExcept(int from, int to, int... skipped) {
    List<Candle> candles = new ArrayList<>();
    for (Candle candle : Records.minutes(from, to)) {
      long m = Duration.between(T0, candle.openTime()).toMinutes();
      if (java.util.Arrays.stream(skipped).noneMatch(s -> s == m)) {
        candles.add(candle);
      }
    }
    return candles;
  }

  /** The hash as anyone can take it: one line per candle, fields as docs/auditor.md lists them. */
  private static String independentHash(List<Candle> candles) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Candle c : candles) {
      String line =
          c.openTime().toEpochMilli()
              + ","
              + c.closeTime().toEpochMilli()
              + ",100,110,90,105,12.5,1250,10,6,600,true\n";
      sha.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void givenADayOfUncertifiedHours_whenCertified_thenTheNewestFewAreDoneEachCycle() {
    save(CANDLES, Records.minutes(0, 120));
    Instant now = T0.plus(Duration.ofHours(24)).plusSeconds(125);
    TimeRange day = TimeRange.of(now.minus(Duration.ofHours(24)), now);

    assertThat(hours.certify(CANDLES, day, now))
        .isEqualTo(HourCertificates.MAX_CERTIFIED_PER_CYCLE);
    assertThat(certificates.latest(CANDLES.datasetId(), T0.plus(Duration.ofHours(23))))
        .as("the newest closed hour first")
        .isPresent();
    assertThat(certificates.latest(CANDLES.datasetId(), T0.plus(Duration.ofHours(1)))).isEmpty();

    int cycles = 1;
    while (hours.certify(CANDLES, day, now) > 0) {
      cycles++;
    }
    assertThat(certificates.latest(CANDLES.datasetId(), T0.plus(Duration.ofHours(1)))).isPresent();
    assertThat(cycles).isGreaterThan(1);
  }

  @Test
  void givenAnHourMissingTwoCandles_whenCertified_thenIncompleteWithTheRangeAndAnIndependentHash()
      throws Exception {
    List<Candle> stored = candlesExcept(0, 120, 10, 11);
    save(CANDLES, stored);

    assertThat(hours.certify(CANDLES, WINDOW, NOW)).isEqualTo(2);

    CompletenessCertificate first = certificates.latest(CANDLES.datasetId(), T0).orElseThrow();
    assertThat(first.state()).isEqualTo(CertificateState.INCOMPLETE);
    assertThat(first.expected()).isEqualTo(60);
    assertThat(first.present()).isEqualTo(58);
    assertThat(first.missing()).containsExactly(MissingRange.ofTimes(minute(10), minute(12), 2));
    assertThat(first.sha256()).isEqualTo(independentHash(stored.subList(0, 58)));
    CompletenessCertificate second =
        certificates.latest(CANDLES.datasetId(), minute(60)).orElseThrow();
    assertThat(second.state()).isEqualTo(CertificateState.COMPLETE);
    assertThat(second.sha256()).isEqualTo(independentHash(stored.subList(58, 118)));
  }

  @Test
  void givenTheMissingCandlesBackfilled_whenCertifiedAgain_thenVersionTwoIsRepairedAndOneIsKept()
      throws Exception {
    save(CANDLES, candlesExcept(0, 60, 10, 11));
    hours.certify(CANDLES, WINDOW, NOW);
    DataGap gap = Gaps.open("g1", CANDLES, minute(10), minute(12), 2, Severity.LOW, NOW);
    gaps.upsert(gap);
    gaps.updateFate("g1", GapFate.backfilled("job-1", 2), NOW.plusSeconds(30));
    save(CANDLES, Records.minutes(10, 12));

    hours.certify(CANDLES, WINDOW, NOW.plusSeconds(60));

    List<CompletenessCertificate> versions = certificates.versions(CANDLES.datasetId(), T0);
    assertThat(versions)
        .extracting(CompletenessCertificate::version, CompletenessCertificate::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, CertificateState.INCOMPLETE),
            org.assertj.core.groups.Tuple.tuple(2, CertificateState.REPAIRED));
    assertThat(versions.get(1).missing()).isEmpty();
    assertThat(versions.get(1).sha256()).isEqualTo(independentHash(Records.minutes(0, 60)));
  }

  @Test
  void givenNothingChanged_whenCertifiedAgain_thenNoVersionIsAdded() {
    save(CANDLES, Records.minutes(0, 120));
    hours.certify(CANDLES, WINDOW, NOW);

    assertThat(hours.certify(CANDLES, WINDOW, NOW.plusSeconds(300))).isZero();
    assertThat(certificates.versions(CANDLES.datasetId(), T0)).hasSize(1);
  }

  @Test
  void givenAnHourNotClosedYet_whenCertified_thenItHasNoCertificate() {
    save(CANDLES, Records.minutes(0, 125));
    hours.certify(CANDLES, WINDOW, NOW);

    assertThat(certificates.latest(CANDLES.datasetId(), minute(120))).isEmpty();
  }

  @Test
  void givenSkippedAggregateIds_whenCertified_thenTheIdsAreMissingAndExpectedSpansTheRange() {
    List<AggregateTrade> trades = new ArrayList<>();
    for (long id = 1; id <= 10; id++) {
      if (id != 5 && id != 6) {
        trades.add(Records.agg(id, id, id, T0.plusSeconds(id * 60)));
      }
    }
    save(AGG, trades);

    hours.certify(AGG, WINDOW, NOW);

    CompletenessCertificate hour = certificates.latest(AGG.datasetId(), T0).orElseThrow();
    assertThat(hour.expected()).isEqualTo(10);
    assertThat(hour.present()).isEqualTo(8);
    assertThat(hour.missing())
        .containsExactly(new MissingRange(T0.plusSeconds(240), T0.plusSeconds(420), 2L, 5L, 6L));
    assertThat(hour.state()).isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenTradesOfOneMillisecondStoredInReverse_whenCertified_thenTheHashFollowsKeyOrder() {
    Instant at = T0.plusSeconds(90);
    save(AGG, List.of(Records.agg(2, 2, 2, at), Records.agg(1, 1, 1, at)));
    InMemorySeriesStore other = new InMemorySeriesStore();
    other
        .repository(SeriesType.AGG_TRADES, AggregateTrade.class)
        .saveAll(List.of(Records.agg(1, 1, 1, at), Records.agg(2, 2, 2, at)))
        .join();
    InMemoryCertificateRepository otherCertificates = new InMemoryCertificateRepository();

    hours.certify(AGG, WINDOW, NOW);
    new HourCertificates(other, gaps, otherCertificates, TestSettings.settings())
        .certify(AGG, WINDOW, NOW);

    assertThat(certificates.latest(AGG.datasetId(), T0).orElseThrow().sha256())
        .isEqualTo(otherCertificates.latest(AGG.datasetId(), T0).orElseThrow().sha256());
  }

  @Test
  void givenABrokenDepthChain_whenCertified_thenTheBreakIsMissingAndNoCountIsExpected() {
    List<OrderBookDepth> chain =
        List.of(
            Records.diff(1, 10, 0, T0.plusSeconds(1)),
            Records.diff(11, 20, 10, T0.plusSeconds(2)),
            Records.diff(31, 40, 30, T0.plusSeconds(3)));
    save(DEPTH, chain);

    hours.certify(DEPTH, WINDOW, NOW);

    CompletenessCertificate hour = certificates.latest(DEPTH.datasetId(), T0).orElseThrow();
    assertThat(hour.expected()).isNull();
    assertThat(hour.missing())
        .containsExactly(new MissingRange(T0.plusSeconds(2), T0.plusSeconds(3), null, 21L, 30L));
    assertThat(hour.state()).isEqualTo(CertificateState.INCOMPLETE);
  }

  @Test
  void givenAnUnbrokenDepthChain_whenCertified_thenEveryPresentUpdateIsExpected() {
    save(
        DEPTH,
        List.of(
            Records.diff(1, 10, 0, T0.plusSeconds(1)),
            Records.diff(11, 20, 10, T0.plusSeconds(2))));

    hours.certify(DEPTH, WINDOW, NOW);

    CompletenessCertificate hour = certificates.latest(DEPTH.datasetId(), T0).orElseThrow();
    assertThat(hour.expected()).isEqualTo(2);
    assertThat(hour.state()).isEqualTo(CertificateState.COMPLETE);
  }

  @Test
  void givenBookTickers_whenCertified_thenNothingIsExpectedAndTheStateFollowsTheGaps() {
    SeriesKey book = SeriesKey.of(SeriesType.BOOK_TICKERS, BTC);
    save(book, List.of(Records.bookTicker(1, T0.plusSeconds(5), "99", "101")));

    hours.certify(book, WINDOW, NOW);

    CompletenessCertificate hour = certificates.latest(book.datasetId(), T0).orElseThrow();
    assertThat(hour.expected()).isNull();
    assertThat(hour.present()).isEqualTo(1);
    assertThat(hour.state()).isEqualTo(CertificateState.COMPLETE);
  }
}
