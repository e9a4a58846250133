package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.metadata.CaptureMinute;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.port.out.CaptureLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides why a gap is there from what the service saw: before the series' first stored record it
 * was never collected; dead letters on its subjects while it was due mean they were rejected; a
 * whole minute of the gap in which nothing arrived on its subjects is a capture outage; anything
 * else is stream loss. Without a receipt log only the first is known.
 */
final class GapCauses {

  private final CaptureLog log;

  /** {@code log} may be null: then causes other than {@code NOT_COLLECTED} are unknown. */
  GapCauses(CaptureLog log) {
    this.log = log;
  }

  GapCause of(SeriesKey series, DetectedGap gap) {
    if (gap.position() == GapPosition.LEADING || gap.position() == GapPosition.WHOLE_WINDOW) {
      return GapCause.NOT_COLLECTED;
    }
    if (log == null) {
      return GapCause.UNKNOWN;
    }
    Instant from = gap.start().truncatedTo(ChronoUnit.MINUTES);
    Instant to = gap.end().isAfter(gap.start()) ? gap.end() : gap.start().plusMillis(1);
    List<CaptureMinute> minutes = log.minutes(series.datasetId(), from, to);
    if (minutes.stream().anyMatch(minute -> minute.deadLettered() > 0)) {
      return GapCause.DEAD_LETTERED;
    }
    return silentMinute(minutes, gap.start(), gap.end())
        ? GapCause.CAPTURE_OUTAGE
        : GapCause.STREAM_LOSS;
  }

  /** Whether a minute lying wholly inside {@code [start, end)} had nothing received. */
  private static boolean silentMinute(List<CaptureMinute> minutes, Instant start, Instant end) {
    Set<Instant> heard = new HashSet<>();
    for (CaptureMinute minute : minutes) {
      if (minute.received() > 0) {
        heard.add(minute.minute());
      }
    }
    Instant first = start.truncatedTo(ChronoUnit.MINUTES);
    if (first.isBefore(start)) {
      first = first.plus(1, ChronoUnit.MINUTES);
    }
    for (Instant m = first;
        !m.plus(1, ChronoUnit.MINUTES).isAfter(end);
        m = m.plus(1, ChronoUnit.MINUTES)) {
      if (!heard.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
