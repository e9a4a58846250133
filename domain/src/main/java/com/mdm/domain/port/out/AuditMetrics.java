package com.mdm.domain.port.out;

import java.time.Duration;

/** Receives what the auditor measures, for export as gauges and timers. */
public interface AuditMetrics {

  /** The latest composite quality score (0 to 100) of one dataset. */
  void healthScore(String datasetId, double score);

  /** Whether this instance currently holds the auditor's lease. */
  void leader(boolean leader);

  /** An audit cycle finished after {@code duration}, having audited or failed that many series. */
  void cycleFinished(Duration duration, int seriesAudited, int seriesFailed);

  /** Records nothing; for tests and tools. */
  AuditMetrics NONE =
      new AuditMetrics() {
        @Override
        public void healthScore(String datasetId, double score) {}

        @Override
        public void leader(boolean leader) {}

        @Override
        public void cycleFinished(Duration duration, int seriesAudited, int seriesFailed) {}
      };
}
