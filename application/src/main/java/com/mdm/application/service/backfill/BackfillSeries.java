package com.mdm.application.service.backfill;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import java.util.Optional;

/** Which stored series a backfill job fills, and which series types can be backfilled. */
final class BackfillSeries {

  private BackfillSeries() {}

  static SeriesKey of(BackfillJob job) {
    // a job names a timeframe exactly when its series has one (BackfillJob checks it)
    return new SeriesKey(job.dataType().seriesType(), job.symbol(), job.timeframe());
  }

  /** The data type that refills a series of {@code type}; empty when REST has no history of it. */
  static Optional<BackfillDataType> dataTypeOf(SeriesType type) {
    return BackfillDataType.filling(type);
  }
}
