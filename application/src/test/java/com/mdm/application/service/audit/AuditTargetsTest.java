package com.mdm.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTargetsTest {

  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Symbol ETH = Symbol.of("ETHUSDT");
  private static final Symbol XRP = Symbol.of("XRPUSDT");

  private final MemoryMetadata metadata = new MemoryMetadata();

  private static Dataset dataset(String id, Symbol symbol, Timeframe timeframe) {
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    return new Dataset(
        id, id, null, "market", null, "mongodb", id, symbol, timeframe, null, null, null, null,
        null, t, t);
  }

  @Test
  void givenPairsAndACatalog_whenListed_thenPairSeriesComeFirstAndCatalogSeriesOnce() {
    AuditSettings settings =
        TestSettings.settings()
            .withSupportedPairs(List.of(BTC, ETH))
            .withSeries(
                EnumSet.of(SeriesType.CANDLES, SeriesType.AGG_TRADES),
                List.of(Timeframe.MINUTE_1, Timeframe.HOUR_1));
    metadata.datasetRepository.upsert(dataset("candles_BTCUSDT_1m", BTC, Timeframe.MINUTE_1));
    metadata.datasetRepository.upsert(dataset("book_tickers_XRPUSDT", XRP, null));
    metadata.datasetRepository.upsert(dataset("candles_XRPUSDT_4h", XRP, Timeframe.HOUR_4));
    metadata.datasetRepository.upsert(dataset("reference_rates", null, null));
    metadata.datasetRepository.upsert(dataset("custom_XRPUSDT", XRP, null));

    List<SeriesKey> keys = new AuditTargets(settings, metadata.datasetRepository).list();

    assertThat(keys)
        .extracting(SeriesKey::datasetId)
        .containsExactly(
            "agg_trades_BTCUSDT",
            "candles_BTCUSDT_1m",
            "candles_BTCUSDT_1h",
            "agg_trades_ETHUSDT",
            "candles_ETHUSDT_1m",
            "candles_ETHUSDT_1h",
            "book_tickers_XRPUSDT",
            "candles_XRPUSDT_4h");
  }

  @Test
  void givenACatalogThatFails_whenListed_thenThePairsAreStillAudited() {
    AuditSettings settings = TestSettings.settings();
    var failing =
        new com.mdm.domain.port.out.DatasetRepository() {
          @Override
          public void upsert(Dataset dataset) {}

          @Override
          public java.util.Optional<Dataset> findById(String datasetId) {
            return java.util.Optional.empty();
          }

          @Override
          public List<Dataset> list(
              com.mdm.domain.metadata.DatasetFilter filter,
              com.mdm.domain.metadata.PageRequest page) {
            throw new IllegalStateException("database down");
          }

          @Override
          public void updateCoverage(
              String datasetId, Instant first, Instant last, long count, Instant measuredAt) {}
        };

    assertThat(new AuditTargets(settings, failing).list())
        .extracting(SeriesKey::datasetId)
        .containsExactly("candles_BTCUSDT_1m");
  }
}
