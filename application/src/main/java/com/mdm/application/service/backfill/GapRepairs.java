package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.port.in.BackfillRequest;
import java.util.List;

/** What to do with an open gap given its repair jobs so far, and the job that repairs it. */
final class GapRepairs {

  enum Decision {
    /** A repair is pending or running, or an operator cancelled one: leave the gap. */
    WAIT,
    /** The repairs are over (one completed, or too many failed): re-audit as final. */
    REAUDIT,
    /** No repair yet, or fewer failures than allowed: queue one. */
    REPAIR
  }

  private GapRepairs() {}

  static Decision decide(List<BackfillJob> repairs, int maxFailed) {
    boolean active = repairs.stream().anyMatch(job -> !job.status().isFinal());
    boolean cancelled = repairs.stream().anyMatch(job -> job.status() == BackfillStatus.CANCELLED);
    if (active || cancelled) {
      return Decision.WAIT;
    }
    long failed = repairs.stream().filter(job -> job.status() == BackfillStatus.FAILED).count();
    boolean completed = repairs.stream().anyMatch(job -> job.status() == BackfillStatus.COMPLETED);
    return completed || failed >= maxFailed ? Decision.REAUDIT : Decision.REPAIR;
  }

  /** The repair that decides the fate: a completed one, else the latest; null when none. */
  static BackfillJob deciding(List<BackfillJob> repairs) {
    return repairs.stream()
        .filter(job -> job.status() == BackfillStatus.COMPLETED)
        .findFirst()
        .orElse(
            repairs.stream()
                .max(java.util.Comparator.comparing(BackfillJob::updatedAt))
                .orElse(null));
  }

  /** A job over exactly the gap; an empty span (a sequence gap within a millisecond) gets 1 ms. */
  static BackfillRequest request(DataGap gap, BackfillDataType dataType, int priority) {
    return new BackfillRequest(
        gap.series().symbol(),
        dataType,
        dataType.requiresTimeframe() ? gap.series().timeframe() : null,
        gap.start(),
        gap.end().isAfter(gap.start()) ? gap.end() : gap.start().plusMillis(1),
        priority);
  }
}
