package com.mdm.application.service.backfill;

import java.time.Instant;

/**
 * How one run of a job ended, for the worker.
 *
 * @param retryNotBefore set when the job was requeued after a retryable failure: the worker claims
 *     nothing before it
 */
record RunResult(Kind kind, Instant retryNotBefore) {

  enum Kind {
    /** Reached a final state: completed, failed or cancelled. */
    FINISHED,
    /** Put back to pending, to be resumed from its checkpoint. */
    REQUEUED,
    /** No longer this worker's: requeued as stale and possibly claimed by another worker. */
    ABANDONED
  }

  static RunResult finished() {
    return new RunResult(Kind.FINISHED, null);
  }

  static RunResult requeued(Instant retryNotBefore) {
    return new RunResult(Kind.REQUEUED, retryNotBefore);
  }

  static RunResult abandoned() {
    return new RunResult(Kind.ABANDONED, null);
  }
}
