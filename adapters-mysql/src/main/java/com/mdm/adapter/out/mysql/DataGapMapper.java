package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;

/**
 * Converts between {@link DataGap} and its row; the series is kept as type, symbol, timeframe, the
 * details as {@link GapDetailsJson}.
 */
final class DataGapMapper {

  private DataGapMapper() {}

  static DataGapRow toRow(DataGap gap) {
    SeriesKey series = gap.series();
    return new DataGapRow(
        gap.gapId(),
        series.datasetId(),
        series.type().name(),
        Codes.symbol(series.symbol()),
        Codes.timeframe(series.timeframe()),
        stored(gap.start()),
        stored(gap.end()),
        gap.expectedMissing(),
        gap.severity().name(),
        gap.status().name(),
        GapDetailsJson.write(gap.details()),
        stored(gap.detectedAt()),
        stored(gap.updatedAt()),
        gap.cause().name(),
        gap.fate().kind().name(),
        gap.fate().jobId(),
        gap.fate().recordsInserted(),
        reason(gap.fate()));
  }

  static DataGap toDomain(DataGapRow row) {
    return new DataGap(
        row.gapId(),
        new SeriesKey(
            SeriesType.valueOf(row.seriesType()),
            Codes.symbol(row.symbol()),
            Codes.timeframe(row.timeframe())),
        row.startTime(),
        row.endTime(),
        row.expectedMissing(),
        Severity.valueOf(row.severity()),
        GapStatus.valueOf(row.status()),
        GapDetailsJson.read(row.details()),
        row.detectedAt(),
        row.updatedAt(),
        GapCause.valueOf(row.cause()),
        new GapFate(
            GapFate.Kind.valueOf(row.fate()),
            row.fateJobId(),
            row.fateRecords(),
            row.fateReason()));
  }

  /** The reason as stored: cut to the column's 512 characters. */
  static String reason(GapFate fate) {
    String reason = fate.reason();
    return reason == null || reason.length() <= 512 ? reason : reason.substring(0, 512);
  }
}
