package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Converts between {@link BackfillJob} and its row, the checkpoint as {@link CheckpointJson}. */
final class BackfillJobMapper {

  private static final Logger LOG = LoggerFactory.getLogger(BackfillJobMapper.class);

  private BackfillJobMapper() {}

  static BackfillJobRow toRow(BackfillJob job) {
    return new BackfillJobRow(
        job.jobId(),
        Codes.symbol(job.symbol()),
        job.dataType().name(),
        Codes.timeframe(job.timeframe()),
        stored(job.startTime()),
        stored(job.endTime()),
        job.priority(),
        job.status().name(),
        job.progress(),
        job.recordsFetched(),
        job.recordsInserted(),
        CheckpointJson.write(job.checkpoint()),
        job.errorMessage(),
        job.attempts(),
        job.claimedBy(),
        stored(job.createdAt()),
        stored(job.startedAt()),
        stored(job.completedAt()),
        stored(job.updatedAt()));
  }

  static BackfillJob toDomain(BackfillJobRow row) {
    return new BackfillJob(
        row.jobId(),
        Codes.symbol(row.symbol()),
        BackfillDataType.valueOf(row.dataType()),
        Codes.timeframe(row.timeframe()),
        row.startTime(),
        row.endTime(),
        row.priority(),
        BackfillStatus.valueOf(row.status()),
        row.progress(),
        row.recordsFetched(),
        row.recordsInserted(),
        checkpoint(row),
        row.errorMessage(),
        row.attempts(),
        row.claimedBy(),
        row.createdAt(),
        row.startedAt(),
        row.completedAt(),
        row.updatedAt());
  }

  // A checkpoint the service cannot read (it never writes one) must not make the job unlistable or
  // unclaimable: the job runs from its start again, and what it stored before counts as duplicates.
  private static BackfillCheckpoint checkpoint(BackfillJobRow row) {
    try {
      return CheckpointJson.read(row.checkpoint());
    } catch (IllegalArgumentException e) {
      LOG.warn("backfill job {} restarts from its start: {}", row.jobId(), e.getMessage());
      return null;
    }
  }
}
