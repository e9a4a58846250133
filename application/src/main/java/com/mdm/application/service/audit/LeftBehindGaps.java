package com.mdm.application.service.audit;

import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.GapStatus;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-checks the open gaps the audit window has left behind. The window no longer covers them, but
 * late data or a repair may have filled one since (or it never was a gap, like the phantoms older
 * versions recorded at the window's start); left open, it would be reported, and repaired, for
 * good. Each cycle re-checks at most {@code perCycle} of a series' left-behind gaps, those checked
 * longest ago first, so a long history of real holes costs bounded work per cycle and every gap
 * still gets its turn.
 */
final class LeftBehindGaps {

  static final int DEFAULT_PER_CYCLE = 100;

  private static final System.Logger LOG = System.getLogger(LeftBehindGaps.class.getName());
  private static final Instant NEVER = Instant.MIN;

  private final GapReaudit reaudit;
  private final int perCycle;

  /** When each left-behind open gap was last re-checked, per dataset. */
  private final Map<String, Map<String, Instant>> checked = new ConcurrentHashMap<>();

  LeftBehindGaps(GapReaudit reaudit) {
    this(reaudit, DEFAULT_PER_CYCLE);
  }

  LeftBehindGaps(GapReaudit reaudit, int perCycle) {
    this.reaudit = reaudit;
    this.perCycle = perCycle;
  }

  /**
   * Re-checks the gaps among {@code open} (the open gaps of one dataset) that end at or before
   * {@code windowStart}, and returns how many of them were resolved.
   */
  int recheck(String datasetId, List<DataGap> open, Instant windowStart, Instant now) {
    Map<String, Instant> before = checked.getOrDefault(datasetId, Map.of());
    List<DataGap> behind =
        open.stream()
            .filter(gap -> !gap.end().isAfter(windowStart))
            .sorted(Comparator.comparing(gap -> before.getOrDefault(gap.gapId(), NEVER)))
            .toList();
    Map<String, Instant> after = new HashMap<>();
    behind.forEach(gap -> after.put(gap.gapId(), before.getOrDefault(gap.gapId(), NEVER)));
    int resolved = 0;
    for (DataGap gap : behind.subList(0, Math.min(perCycle, behind.size()))) {
      after.put(gap.gapId(), now);
      try {
        if (reaudit.reaudit(gap, false, now) == GapStatus.RESOLVED) {
          after.remove(gap.gapId());
          resolved++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "re-check of gap " + gap.gapId() + " failed: " + e.getMessage(), e);
      }
    }
    if (after.isEmpty()) {
      checked.remove(datasetId);
    } else {
      checked.put(datasetId, after);
    }
    return resolved;
  }
}
