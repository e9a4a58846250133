package com.mdm.application.service.audit;

import java.time.Duration;

/**
 * What one audit cycle did.
 *
 * @param audited series audited and recorded
 * @param failed series whose audit failed (logged; the cycle went on)
 * @param skipped series left out because the lease was lost during the cycle
 * @param gapsOpened gaps found for the first time (or again after being resolved)
 * @param gapsResolved open gaps no longer found
 */
public record AuditReport(
    int audited, int failed, int skipped, int gapsOpened, int gapsResolved, Duration duration) {

  /** A cycle that did not run because this instance was not the leader. */
  public static AuditReport notLeader() {
    return new AuditReport(0, 0, 0, 0, 0, Duration.ZERO);
  }
}
