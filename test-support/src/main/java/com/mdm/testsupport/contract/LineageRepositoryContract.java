package com.mdm.testsupport.contract;

import static com.mdm.testsupport.contract.MetadataSamples.at;
import static com.mdm.testsupport.contract.MetadataSamples.lineage;
import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.out.LineageRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link LineageRepository} must do. */
public abstract class LineageRepositoryContract extends RepositoryContract<LineageRepository> {

  @Test
  void givenRecord_whenAppended_thenEveryFieldComesBackWithAnId() {
    LineageRecord record = lineage("candles.btc", at(0));

    LineageRecord stored = repository.append(record);

    assertThat(stored.lineageId()).isNotNull();
    assertThat(stored).usingRecursiveComparison().ignoringFields("lineageId").isEqualTo(record);
    assertThat(repository.listByDataset("candles.btc", PageRequest.first(10)))
        .containsExactly(stored);
  }

  @Test
  void givenFailedBackfillRecordFromAnotherDataset_whenAppended_thenSourceErrorAndNullRangeStay() {
    LineageRecord record =
        new LineageRecord(
            null,
            "candles.btc.1h",
            "candles.btc.1m",
            "binance-rest",
            BackfillParameters.TRANSFORMATION,
            new BackfillParameters(
                "job-9",
                null,
                MetadataSamples.BTC,
                BackfillDataType.CANDLES,
                Timeframe.HOUR_1,
                0,
                3,
                null),
            60,
            0,
            0,
            0,
            null,
            null,
            Duration.ofSeconds(2, 345_678_901),
            "FAILED",
            "HTTP 429",
            Instant.parse("2025-01-01T00:00:00Z"));

    LineageRecord stored = repository.append(record);

    LineageRecord listed =
        repository.listByDataset("candles.btc.1h", PageRequest.first(1)).getFirst();
    assertThat(listed).isEqualTo(stored);
    assertThat(listed.sourceDatasetId()).isEqualTo("candles.btc.1m");
    assertThat(listed.errorMessage()).isEqualTo("HTTP 429");
    assertThat(listed.rangeStart()).isNull();
    assertThat(listed.duration()).isEqualTo(Duration.ofMillis(2345));
  }

  @Test
  void givenRecordsOfTwoDatasets_whenListedByDataset_thenOnlyItsRecordsComeNewestFirstInPages() {
    for (int minute = 0; minute < 5; minute++) {
      repository.append(lineage("a", at(minute)));
    }
    repository.append(lineage("b", at(10)));

    assertThat(repository.listByDataset("a", new PageRequest(0, 3)))
        .map(LineageRecord::timestamp)
        .containsExactly(at(4), at(3), at(2));
    assertThat(repository.listByDataset("a", new PageRequest(3, 3)))
        .map(LineageRecord::timestamp)
        .containsExactly(at(1), at(0));
    assertThat(repository.listByDataset("c", PageRequest.first(3))).isEmpty();
  }
}
