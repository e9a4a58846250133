package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;

/** Open gaps as a scan of candles would have recorded them, for tests that start from one. */
final class Gaps {

  private Gaps() {}

  static DataGap open(
      String gapId,
      SeriesKey series,
      Instant start,
      Instant end,
      long missing,
      Severity severity,
      Instant detectedAt) {
    GapDetails details =
        new GapDetails(
            gapId,
            series,
            GapKind.CANDLE_GRID,
            GapPosition.INTERIOR,
            start,
            end,
            missing,
            1,
            null,
            null,
            severity,
            Duration.ZERO,
            "from:" + start);
    return new DataGap(
        gapId,
        series,
        start,
        end,
        missing,
        severity,
        GapStatus.OPEN,
        details,
        detectedAt,
        detectedAt);
  }
}
