package com.mdm.application.service.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the gaps of one scan in time order, merging a gap into the one before when the present
 * data between them spans no more than the tolerance, so a few stray records inside an outage do
 * not split it into many reports. At most {@code limit} gaps are kept: past that, each new gap is
 * merged into the last, which keeps memory bounded on a badly broken series.
 */
final class GapCollector {

  static final int DEFAULT_LIMIT = 1000;

  private final Duration tolerance;
  private final int limit;
  private final List<DetectedGap> gaps = new ArrayList<>();

  GapCollector(Duration tolerance) {
    this(tolerance, DEFAULT_LIMIT);
  }

  GapCollector(Duration tolerance, int limit) {
    this.tolerance = tolerance;
    this.limit = limit;
  }

  void add(DetectedGap gap) {
    if (!gaps.isEmpty()) {
      DetectedGap last = gaps.getLast();
      boolean near = !gap.start().isAfter(last.end().plus(tolerance));
      if (near || gaps.size() >= limit) {
        gaps.set(gaps.size() - 1, last.mergedWith(gap));
        return;
      }
    }
    gaps.add(gap);
  }

  List<DetectedGap> gaps() {
    return List.copyOf(gaps);
  }
}
