package com.mdm.application.service.audit;

import com.mdm.domain.metadata.HealthMetric;
import java.time.Duration;

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

  /** Scores {@code audit} against the freshness {@code sla}. */
  public static HealthScores of(SeriesAudit audit, Duration sla) {
    long present = audit.present();
    long expected = present + audit.missing();
    double completeness;
    double continuity;
    if (!audit.measuresCompleteness()) {
      completeness = present > 0 ? 100 : 0;
      continuity = 100;
    } else if (expected == 0) {
      completeness = 0;
      continuity = 0;
    } else {
      completeness = Math.min(100, 100.0 * present / expected);
      double missingShare = (double) audit.missing() / expected;
      double gapPenalty = Math.min(GAP_PENALTY * audit.gaps().size(), MAX_GAP_PENALTY);
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

  /** As a metric of {@code audit}'s dataset, to be stored. */
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
        audit.gaps().size(),
        (int) Math.min(Integer.MAX_VALUE, audit.duplicates()),
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
