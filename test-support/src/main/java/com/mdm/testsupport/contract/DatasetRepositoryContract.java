package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.BTC;
import static com.mdm.testsupport.contract.MetadataSamples.ETH;
import static com.mdm.testsupport.contract.MetadataSamples.T0;
import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.dataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.DatasetFilter;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.DatasetRepository;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link DatasetRepository} must do. */
public abstract class DatasetRepositoryContract extends RepositoryContract<DatasetRepository> {

  @Test
  void givenNewDataset_whenUpserted_thenItIsFoundWithEveryField() {
    Dataset dataset =
        new Dataset(
            "candles.btcusdt.1M",
            "BTCUSDT monthly candles",
            "Monthly klines from the futures stream",
            "candles",
            "candle-v1",
            "mongodb",
            "mongodb://market/candles_BTCUSDT_1M",
            BTC,
            Timeframe.MONTH_1,
            "data-team",
            "monthly",
            Instant.parse("2019-09-01T00:00:00.001Z"),
            Instant.parse("2024-03-01T00:00:00.999Z"),
            55L,
            T0,
            at(5));

    repository.upsert(dataset);

    assertThat(repository.findById("candles.btcusdt.1M")).contains(dataset);
  }

  @Test
  void givenUnknownId_whenFound_thenNothingIsReturned() {
    assertThat(repository.findById("nope")).isEmpty();
  }

  @Test
  void givenStoredDataset_whenUpsertedAgain_thenDescriptionChangesButCreationAndCoverageStay() {
    repository.upsert(dataset("trades.btc", "trades", BTC, "mongodb"));
    repository.updateCoverage("trades.btc", at(-60), at(-1), 1234, at(1));
    Dataset changed =
        new Dataset(
            "trades.btc",
            "Renamed",
            null,
            "trades-v2",
            null,
            "mongodb-ts",
            "mongodb://elsewhere/trades",
            ETH,
            null,
            null,
            "hourly",
            null,
            null,
            null,
            at(100),
            at(2));

    repository.upsert(changed);

    Dataset stored = repository.findById("trades.btc").orElseThrow();
    assertThat(stored.name()).isEqualTo("Renamed");
    assertThat(stored.description()).isNull();
    assertThat(stored.category()).isEqualTo("trades-v2");
    assertThat(stored.storageType()).isEqualTo("mongodb-ts");
    assertThat(stored.location()).isEqualTo("mongodb://elsewhere/trades");
    assertThat(stored.symbol()).isEqualTo(ETH);
    assertThat(stored.timeframe()).isNull();
    assertThat(stored.updateFrequency()).isEqualTo("hourly");
    assertThat(stored.updatedAt()).isEqualTo(at(2));
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.firstTimestamp()).isEqualTo(at(-60));
    assertThat(stored.lastTimestamp()).isEqualTo(at(-1));
    assertThat(stored.approximateCount()).isEqualTo(1234L);
  }

  @Test
  void givenDataset_whenCoverageIsUpdated_thenCoverageAndUpdateTimeAreStored() {
    repository.upsert(dataset("candles.btc", "candles", BTC, "mongodb"));

    repository.updateCoverage("candles.btc", at(-10), at(-5), 6, at(3));

    Dataset stored = repository.findById("candles.btc").orElseThrow();
    assertThat(stored.firstTimestamp()).isEqualTo(at(-10));
    assertThat(stored.lastTimestamp()).isEqualTo(at(-5));
    assertThat(stored.approximateCount()).isEqualTo(6L);
    assertThat(stored.updatedAt()).isEqualTo(at(3));
    assertThat(stored.createdAt()).isEqualTo(T0);
  }

  @Test
  void givenUnknownDataset_whenCoverageIsUpdated_thenItFailsNamingTheDataset() {
    assertThatThrownBy(() -> repository.updateCoverage("ghost", at(0), at(1), 1, at(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ghost");
  }

  @Test
  void givenDatasets_whenListedWithFilters_thenOnlyMatchesComeInIdOrder() {
    repository.upsert(dataset("c", "candles", BTC, "mongodb"));
    repository.upsert(dataset("a", "candles", ETH, "mongodb"));
    repository.upsert(dataset("b", "trades", BTC, "mongodb"));
    repository.upsert(dataset("d", "candles", BTC, "parquet"));
    repository.upsert(dataset("e", "reports", null, "parquet"));
    PageRequest page = PageRequest.first(100);

    assertThat(ids(repository.list(DatasetFilter.none(), page)))
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(ids(repository.list(new DatasetFilter("candles", null, null), page)))
        .containsExactly("a", "c", "d");
    assertThat(ids(repository.list(new DatasetFilter(null, BTC, null), page)))
        .containsExactly("b", "c", "d");
    assertThat(ids(repository.list(new DatasetFilter(null, null, "parquet"), page)))
        .containsExactly("d", "e");
    assertThat(ids(repository.list(new DatasetFilter("candles", BTC, "mongodb"), page)))
        .containsExactly("c");
    assertThat(repository.list(new DatasetFilter("nothing", null, null), page)).isEmpty();
  }

  @Test
  void givenMoreDatasetsThanAPage_whenListedPageByPage_thenPagesFollowIdOrderWithoutOverlap() {
    IntStream.range(0, 7)
        .forEach(i -> repository.upsert(dataset("ds-" + i, "candles", BTC, "mongodb")));

    assertThat(ids(repository.list(DatasetFilter.none(), new PageRequest(0, 3))))
        .containsExactly("ds-0", "ds-1", "ds-2");
    assertThat(ids(repository.list(DatasetFilter.none(), new PageRequest(3, 3))))
        .containsExactly("ds-3", "ds-4", "ds-5");
    assertThat(ids(repository.list(DatasetFilter.none(), new PageRequest(6, 3))))
        .containsExactly("ds-6");
  }

  @Test
  void givenIdsAndTimeframesDifferingOnlyInCase_whenStored_thenTheyStayApart() {
    Dataset lower = dataset("series.x", "candles", BTC, "mongodb", Timeframe.of("1m"));
    Dataset upper = dataset("SERIES.X", "candles", BTC, "mongodb", Timeframe.of("1M"));

    repository.upsert(lower);
    repository.upsert(upper);

    assertThat(repository.findById("series.x").orElseThrow().timeframe())
        .isEqualTo(Timeframe.MINUTE_1);
    assertThat(repository.findById("SERIES.X").orElseThrow().timeframe())
        .isEqualTo(Timeframe.MONTH_1);
  }

  @Test
  void givenTimesWithNanoseconds_whenStored_thenTheyComeBackTruncatedToTheMillisecond() {
    Instant precise = Instant.parse("2024-06-30T23:59:59.999999999Z");
    Dataset dataset = dataset("precise", "candles", BTC, "mongodb");
    repository.upsert(dataset);

    repository.updateCoverage("precise", precise, precise, 1, precise);

    Dataset stored = repository.findById("precise").orElseThrow();
    Instant expected = Instant.parse("2024-06-30T23:59:59.999Z");
    assertThat(stored.firstTimestamp()).isEqualTo(expected);
    assertThat(stored.lastTimestamp()).isEqualTo(expected);
    assertThat(stored.updatedAt()).isEqualTo(expected);
  }

  private static List<String> ids(List<Dataset> datasets) {
    return datasets.stream().map(Dataset::datasetId).toList();
  }
}
