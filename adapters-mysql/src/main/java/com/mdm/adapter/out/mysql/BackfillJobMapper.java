package com.mdm.adapter.out.mysql;

import static com.mdm.adapter.out.mysql.UtcTimes.stored;

import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;

/** Converts between {@link BackfillJob} and its row. */
final class BackfillJobMapper {

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
        job.checkpoint(),
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
        row.checkpoint(),
        row.errorMessage(),
        row.attempts(),
        row.claimedBy(),
        row.createdAt(),
        row.startedAt(),
        row.completedAt(),
        row.updatedAt());
  }
}
