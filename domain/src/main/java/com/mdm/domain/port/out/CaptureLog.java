package com.mdm.domain.port.out;

import com.mdm.domain.metadata.CaptureMinute;
import java.time.Instant;
import java.util.List;

/**
 * The service's own receipt log: per subject and minute what arrived and what was dead-lettered,
 * and which subjects carry which dataset; it tells a capture outage from stream loss.
 */
public interface CaptureLog {

  /** Adds these counts to those already kept for the same subject and minute. */
  void add(List<CaptureMinute> minutes);

  /** Notes that {@code subject} carries {@code datasetId}; idempotent. */
  void link(String datasetId, String subject, Instant seen);

  /**
   * The kept minutes of the subjects carrying {@code datasetId} that start in {@code [from, to)},
   * in time order; a minute with nothing received has no entry.
   */
  List<CaptureMinute> minutes(String datasetId, Instant from, Instant to);
}
