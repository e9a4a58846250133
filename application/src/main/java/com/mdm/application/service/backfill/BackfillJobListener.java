package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillJob;

/** Told when a backfill job reaches a final state (completed, failed or cancelled). */
@FunctionalInterface
public interface BackfillJobListener {

  BackfillJobListener NONE = job -> {};

  /** Called once per final state, with the job as stored; must not throw. */
  void onFinished(BackfillJob job);
}
