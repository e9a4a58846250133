package com.mdm.application.service.audit;

import static com.mdm.application.service.audit.Records.BTC;
import static com.mdm.application.service.audit.Records.T0;
import static com.mdm.application.service.audit.Records.minute;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.CertificateState;
import com.mdm.domain.metadata.CompletenessCertificate;
import com.mdm.domain.metadata.ReconciliationFinding;
import com.mdm.domain.metadata.ReconciliationSource;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.fake.InMemoryCertificateRepository;
import com.mdm.testsupport.fake.InMemoryDataGapRepository;
import com.mdm.testsupport.fake.InMemoryReconciliationLog;
import com.mdm.testsupport.fake.InMemorySeriesStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored candles against candles rebuilt from the stored trades, and against REST klines. */
class CandleReconciliationTest {

  private static final SeriesKey CANDLES = SeriesKey.candles(BTC, Timeframe.MINUTE_1);
  private static final SeriesKey AGG = SeriesKey.of(SeriesType.AGG_TRADES, BTC);
  private static final Instant NOW = T0.plusSeconds(7200);

  private final InMemorySeriesStore store = new InMemorySeriesStore();
  private final InMemoryCertificateRepository certificates = new InMemoryCertificateRepository();
  private final InMemoryReconciliationLog findings = new InMemoryReconciliationLog();
  private final List<Candle> rest = new ArrayList<>();

  private CandleReconciliation reconciliation() {
    return new CandleReconciliation(
        store, certificates, findings, new RestStandIn(rest), 100, null);
  }

  private CandleReconciliation correcting() {
    HourCertificates hours =
        new HourCertificates(
            store, new InMemoryDataGapRepository(), certificates, AuditSettings.defaults());
    return new CandleReconciliation(
        store, certificates, findings, new RestStandIn(rest), 100, hours);
  }

  /** Minute {@code m}: trades at 100 (ids 3) and 101 (ids 2) make o 100 h 101 l 100 c 101. */
  private void tradesOfMinute(int m) {
    Instant at = minute(m);
    store
        .repository(SeriesType.AGG_TRADES, AggregateTrade.class)
        .saveAll(
            List.of(
                Records.agg(2L * m + 1, 10L * m, 10L * m + 2, at.plusSeconds(1), "100"),
                new AggregateTrade(
                    BTC,
                    2L * m + 2,
                    new BigDecimal("101"),
                    new BigDecimal("2"),
                    10L * m + 3,
                    10L * m + 4,
                    true,
                    at.plusSeconds(2),
                    at.plusSeconds(2),
                    at.plusSeconds(2))))
        .join();
  }

  private static Candle candle(int m, String close, long trades) {
    Instant open = minute(m);
    return new Candle(
        BTC,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(
            new BigDecimal("100"),
            new BigDecimal("101"),
            new BigDecimal("100"),
            new BigDecimal(close)),
        new BigDecimal("3.000"),
        new BigDecimal("302.000"),
        trades,
        BigDecimal.ONE,
        new BigDecimal("101"),
        true,
        open.plusSeconds(60),
        open.plusSeconds(60));
  }

  private void certify(SeriesKey key, CertificateState state) {
    certificates.append(
        new CompletenessCertificate(
            key.datasetId(), T0, 1, 60L, 60, List.of(), "a".repeat(64), state, NOW));
  }

  @Test
  void givenCandlesAgreeingWithTheirTrades_whenReconciled_thenTheHourIsRaisedToReconciled() {
    tradesOfMinute(0);
    tradesOfMinute(1);
    store
        .repository(SeriesType.CANDLES, Candle.class)
        .saveAll(List.of(candle(0, "101", 5), candle(1, "101.00", 5)))
        .join();
    certify(CANDLES, CertificateState.COMPLETE);
    certify(AGG, CertificateState.COMPLETE);

    CandleReconciliation.Outcome outcome = reconciliation().reconcile(BTC, T0, false, NOW);

    assertThat(outcome.withTrades()).isEqualTo(2);
    assertThat(outcome.disagreements()).isZero();
    assertThat(findings.all()).isEmpty();
    CompletenessCertificate raised = certificates.latest(CANDLES.datasetId(), T0).orElseThrow();
    assertThat(raised.version()).isEqualTo(2);
    assertThat(raised.state()).isEqualTo(CertificateState.RECONCILED);
    assertThat(raised.sha256()).isEqualTo("a".repeat(64));
  }

  @Test
  void givenACandleThatDisagreesWithItsTrades_whenReconciled_thenAFindingNamesBothAndNoRaise() {
    tradesOfMinute(0);
    store
        .repository(SeriesType.CANDLES, Candle.class)
        .saveAll(List.of(candle(0, "100.5", 4)))
        .join();
    certify(CANDLES, CertificateState.COMPLETE);
    certify(AGG, CertificateState.REPAIRED);

    reconciliation().reconcile(BTC, T0, false, NOW);

    ReconciliationFinding finding = findings.all().getFirst();
    assertThat(finding.differing()).containsExactly("close", "tradeCount");
    assertThat(finding.storedSource()).isEqualTo(ReconciliationSource.STORED_CANDLE);
    assertThat(finding.stored().close()).isEqualByComparingTo("100.5");
    assertThat(finding.otherSource()).isEqualTo(ReconciliationSource.AGG_TRADES);
    assertThat(finding.other().close()).isEqualByComparingTo("101");
    assertThat(finding.other().tradeCount()).isEqualTo(5);
    assertThat(certificates.latest(CANDLES.datasetId(), T0).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void givenTradesNotCertified_whenReconciled_thenNothingIsComparedWithThem() {
    tradesOfMinute(0);
    store.repository(SeriesType.CANDLES, Candle.class).saveAll(List.of(candle(0, "99", 1))).join();
    certify(CANDLES, CertificateState.COMPLETE);

    CandleReconciliation.Outcome outcome = reconciliation().reconcile(BTC, T0, false, NOW);

    assertThat(outcome.withTrades()).isZero();
    assertThat(outcome.raised()).isFalse();
    assertThat(findings.all()).isEmpty();
  }

  @Test
  void givenARestKlineThatDisagrees_whenReconciledWithRest_thenAFindingHasTheRestFigures() {
    store
        .repository(SeriesType.CANDLES, Candle.class)
        .saveAll(List.of(candle(0, "101", 5), candle(1, "101", 5)))
        .join();
    rest.add(candle(0, "101", 5));
    rest.add(candle(1, "100.9", 5));
    certify(CANDLES, CertificateState.COMPLETE);

    CandleReconciliation.Outcome outcome = reconciliation().reconcile(BTC, T0, true, NOW);

    assertThat(outcome.withRest()).isEqualTo(2);
    assertThat(findings.all())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.openTime()).isEqualTo(minute(1));
              assertThat(f.otherSource()).isEqualTo(ReconciliationSource.BINANCE_REST);
              assertThat(f.other().close()).isEqualByComparingTo("100.9");
            });
  }

  @Test
  void givenCorrectingFromRest_whenAStoredCandleDisagrees_thenItIsReplacedAndTheHourRecertified() {
    Candle altered = candle(1, "100.9", 5);
    store
        .repository(SeriesType.CANDLES, Candle.class)
        .saveAll(List.of(candle(0, "101", 5), altered))
        .join();
    rest.add(candle(0, "101", 5));
    rest.add(candle(1, "101", 5));
    certify(CANDLES, CertificateState.COMPLETE);

    CandleReconciliation.Outcome outcome = correcting().reconcile(BTC, T0, true, NOW);

    assertThat(outcome.disagreements()).isEqualTo(1);
    assertThat(outcome.raised()).isFalse();
    assertThat(findings.all())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.corrected()).isTrue();
              assertThat(f.stored().close()).isEqualByComparingTo("100.9");
              assertThat(f.other().close()).isEqualByComparingTo("101");
            });
    var candles = store.repository(SeriesType.CANDLES, Candle.class);
    List<Candle> stored = candles.range(CANDLES, TimeRange.of(T0, NOW), 10, SortOrder.ASCENDING);
    assertThat(stored).containsExactly(candle(0, "101", 5), candle(1, "101", 5));
    assertThat(candles.originsOf(CANDLES, stored))
        .containsExactly(null, RecordOrigin.correction("binance_rest"));
    CompletenessCertificate after = certificates.latest(CANDLES.datasetId(), T0).orElseThrow();
    assertThat(after.version()).isEqualTo(2);
    assertThat(after.sha256()).isNotEqualTo("a".repeat(64));
  }

  @Test
  void givenNotCorrecting_whenAStoredCandleDisagreesWithRest_thenItStaysAndTheFindingSaysSo() {
    Candle altered = candle(1, "100.9", 5);
    store.repository(SeriesType.CANDLES, Candle.class).saveAll(List.of(altered)).join();
    rest.add(candle(1, "101", 5));
    certify(CANDLES, CertificateState.COMPLETE);

    reconciliation().reconcile(BTC, T0, true, NOW);

    assertThat(findings.all().getFirst().corrected()).isFalse();
    assertThat(store.repository(SeriesType.CANDLES, Candle.class).latest(CANDLES, 5))
        .containsExactly(altered);
    assertThat(certificates.latest(CANDLES.datasetId(), T0).orElseThrow().version()).isEqualTo(1);
  }

  /** REST klines from a list; the other history is not asked for. */
  private record RestStandIn(List<Candle> klines) implements ExchangeHistoryClient {
    @Override
    public String source() {
      return "stand-in";
    }

    @Override
    public String endpoint(BackfillDataType dataType) {
      return "/fapi/v1/klines";
    }

    @Override
    public HistoryPage<Candle> candles(
        Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
      return new HistoryPage<>(
          klines.stream()
              .filter(c -> !c.openTime().isBefore(from.time()) && c.openTime().isBefore(end))
              .toList(),
          null);
    }

    @Override
    public HistoryPage<MarkPriceCandle> markPriceCandles(
        Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
      throw new UnsupportedOperationException("not asked for");
    }

    @Override
    public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
      throw new UnsupportedOperationException("not asked for");
    }

    @Override
    public HistoryPage<AggregateTrade> aggregateTrades(
        Symbol symbol, HistoryCursor from, Instant end) {
      throw new UnsupportedOperationException("not asked for");
    }
  }
}
