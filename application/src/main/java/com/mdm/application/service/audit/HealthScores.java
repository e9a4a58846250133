package com.mdm.application.service.audit;

import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.HealthMetric;
import java.time.Duration;
import java.util.List;

/**
 * The health of one series over one window, each score from 0 to 100 (rounded to hundredths); the
 * formulas are explained with a worked example in {@code docs/auditor.md}.
 *
 * @param freshnessSeconds age of the newest record when audited; the window's length when the
 *     series has none
 */
public record HealthScores(
    double completeness,
    long freshnessSeconds,
    double freshness,
    double continuity,
    double uniqueness,
    double validity,
    double quality) {

  static final double WEIGHT_COMPLETENESS = 0.30;
  static final double WEIGHT_CONTINUITY = 0.25;
  static final double WEIGHT_FRESHNESS = 0.20;
  static final double WEIGHT_VALIDITY = 0.15;
  static final double WEIGHT_UNIQUENESS = 0.10;

  /** Penalty per gap in the continuity score, and its cap. */
  static final double GAP_PENALTY = 5;

  static final double MAX_GAP_PENALTY = 50;

  /**
   * Scores {@code audit} against the freshness {@code sla}. Gaps before the series' first stored
   * record ({@code not_collected}: leading or whole-window) are history never collected, not a loss
   * of capture, so they count neither as missing nor as gaps; a series with nothing but such a gap
   * scores 100 for completeness and continuity (its freshness tells that nothing arrived).
   */
  public static HealthScores of(SeriesAudit audit, Duration sla) {
    long present = audit.present();
    List<DetectedGap> captureGaps = captureGaps(audit);
    long notCollected = notCollected(audit).stream().mapToLong(DetectedGap::missing).sum();
    long missing = Math.max(0, audit.missing() - notCollected);
    long expected = present + missing;
    double completeness;
    double continuity;
    if (!audit.measuresCompleteness()) {
      completeness = present > 0 ? 100 : 0;
      continuity = 100;
    } else if (expected == 0) {
      boolean onlyHistory = notCollected > 0;
      completeness = onlyHistory ? 100 : 0;
      continuity = onlyHistory ? 100 : 0;
    } else {
      completeness = Math.min(100, 100.0 * present / expected);
      double missingShare = (double) missing / expected;
      double gapPenalty = Math.min(GAP_PENALTY * captureGaps.size(), MAX_GAP_PENALTY);
      continuity = clamp(100 * (1 - missingShare) - gapPenalty);
    }
    long lagMillis =
        audit.latest() == null
            ? audit.window().duration().toMillis()
            : Math.max(0, Duration.between(audit.latest(), audit.auditedAt()).toMillis());
    double freshness =
        audit.latest() == null ? 0 : clamp(100 * (1 - (double) lagMillis / sla.toMillis()));
    long seen = present + audit.duplicates();
    double uniqueness = seen == 0 ? 100 : 100 * (1 - (double) audit.duplicates() / seen);
    double validity =
        audit.checked() == 0 ? 100 : 100.0 * (audit.checked() - audit.invalid()) / audit.checked();
    double quality =
        WEIGHT_COMPLETENESS * completeness
            + WEIGHT_CONTINUITY * continuity
            + WEIGHT_FRESHNESS * freshness
            + WEIGHT_VALIDITY * validity
            + WEIGHT_UNIQUENESS * uniqueness;
    return new HealthScores(
        round(completeness),
        lagMillis / 1000,
        round(freshness),
        round(continuity),
        round(uniqueness),
        round(validity),
        round(quality));
  }

  /** The gaps that count against capture: all but those before the first stored record. */
  static List<DetectedGap> captureGaps(SeriesAudit audit) {
    return audit.gaps().stream()
        .filter(
            gap ->
                gap.position() != GapPosition.LEADING && gap.position() != GapPosition.WHOLE_WINDOW)
        .toList();
  }

  /** The gaps before the first stored record ({@code not_collected}): history, not a loss. */
  static List<DetectedGap> notCollected(SeriesAudit audit) {
    List<DetectedGap> capture = captureGaps(audit);
    return audit.gaps().stream().filter(gap -> !capture.contains(gap)).toList();
  }

  /** As a metric of {@code audit}'s dataset, to be stored; its gap count leaves out history. */
  HealthMetric toMetric(SeriesAudit audit) {
    return new HealthMetric(
        null,
        audit.series().datasetId(),
        audit.series().symbol(),
        audit.window().from(),
        audit.window().to(),
        completeness,
        freshnessSeconds,
        freshness,
        captureGaps(audit).size(),
        (int) Math.min(Integer.MAX_VALUE, audit.duplicates()),
        notCollected(audit).size(),
        notCollected(audit).stream().mapToLong(DetectedGap::missing).sum(),
        continuity,
        validity,
        quality,
        audit.auditedAt());
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(100, score));
  }

  private static double round(double score) {
    return Math.round(score * 100) / 100.0;
  }
}
