package com.mdm.application.service.backfill;

import com.mdm.application.service.metadata.DatasetCoverage;
import com.mdm.application.service.metadata.DatasetDescriptions;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts what a backfill stored into the catalog: a job that inserted records registers its series (a
 * pair only ever backfilled is then listed and readable like an ingested one) and refreshes its
 * coverage.
 */
public final class BackfilledDatasets implements BackfillJobListener {

  private static final System.Logger LOG = System.getLogger(BackfilledDatasets.class.getName());

  private final DatasetRepository datasets;
  private final SeriesStore series;
  private final Clock clock;

  public BackfilledDatasets(DatasetRepository datasets, SeriesStore series, Clock clock) {
    this.datasets = datasets;
    this.series = series;
    this.clock = clock;
  }

  @Override
  public void onFinished(BackfillJob job) {
    if (job.recordsInserted() == 0) {
      return;
    }
    SeriesKey key = BackfillSeries.of(job);
    try {
      Instant now = clock.instant();
      datasets.upsert(DatasetDescriptions.of(key, now));
      DatasetCoverage.measure(series, key)
          .ifPresent(
              c -> datasets.updateCoverage(key.datasetId(), c.first(), c.last(), c.count(), now));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "catalog entry of backfilled " + key.datasetId() + " failed", e);
    }
  }
}
