package com.mdm.bootstrap;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the auditor's re-audit of candle gaps: resolved when MongoDB holds every candle of
 * the gap, else unrecoverable after a finished repair, else still open.
 */
final class CandleCountReaudit implements ReauditGapUseCase {

  private final DataGapRepository gaps;
  private final SeriesStore series;

  /** Gaps re-audited, each added once its new status is stored. */
  final List<String> calls = new CopyOnWriteArrayList<>();

  CandleCountReaudit(DataGapRepository gaps, SeriesStore series) {
    this.gaps = gaps;
    this.series = series;
  }

  @Override
  public GapStatus reaudit(String gapId, boolean repairFinished) {
    DataGap gap = gaps.get(gapId).orElseThrow();
    long stored =
        series
            .repository(SeriesType.CANDLES, Candle.class)
            .count(gap.series(), TimeRange.of(gap.start(), gap.end()));
    GapStatus status =
        stored >= gap.expectedMissing()
            ? GapStatus.RESOLVED
            : repairFinished ? GapStatus.UNRECOVERABLE : GapStatus.OPEN;
    gaps.updateStatus(gapId, status, Instant.now());
    calls.add(gapId);
    return status;
  }
}
