package com.mdm.application.service.backfill;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.testsupport.fake.InMemoryBackfillJobRepository;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shared fake, keeping every checkpoint a running job reported. */
final class CheckpointedJobs extends InMemoryBackfillJobRepository {
  final List<BackfillCheckpoint> checkpoints = new CopyOnWriteArrayList<>();

  @Override
  public synchronized boolean updateProgress(
      String jobId,
      double progress,
      long recordsFetched,
      long recordsInserted,
      BackfillCheckpoint checkpoint,
      Instant now) {
    boolean running =
        super.updateProgress(jobId, progress, recordsFetched, recordsInserted, checkpoint, now);
    if (running) {
      checkpoints.add(checkpoint);
    }
    return running;
  }
}
