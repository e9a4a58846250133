package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.GoldenRecords.BTC;
import static com.mdm.adapter.in.http.GoldenRecords.T0;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backfill jobs with fixed ids and times for the golden answers: {@code job-running} (until
 * cancelled) and {@code job-failed}; a new job is always {@code job-new}; aggregate trades are
 * refused as too old.
 */
final class GoldenBackfill implements ManageBackfillJobsUseCase {

  private static final Instant CREATED = T0.plusMillis(90_000_250);
  private static final Instant CANCELLED = T0.plusSeconds(90_100);

  private final Map<String, BackfillJob> jobs = new ConcurrentHashMap<>();

  GoldenBackfill() {
    jobs.put(
        "job-running",
        new BackfillJob(
            "job-running",
            BTC,
            BackfillDataType.CANDLES,
            Timeframe.MINUTE_1,
            T0,
            T0.plusSeconds(86_400),
            5,
            BackfillStatus.RUNNING,
            37.5,
            540,
            538,
            "cp-540",
            null,
            1,
            "worker-1",
            T0.plusSeconds(1),
            T0.plusMillis(5_120),
            null,
            T0.plusSeconds(30)));
    jobs.put(
        "job-failed",
        new BackfillJob(
            "job-failed",
            Symbol.of("ETHUSDT"),
            BackfillDataType.FUNDING_RATES,
            null,
            T0,
            T0.plusSeconds(57_600),
            0,
            BackfillStatus.FAILED,
            100.0,
            3,
            0,
            null,
            "exchange answered 429",
            3,
            null,
            T0,
            T0.plusSeconds(6),
            T0.plusMillis(7_001),
            T0.plusMillis(7_001)));
  }

  @Override
  public BackfillJob create(BackfillRequest request) {
    if (request.dataType() == BackfillDataType.AGG_TRADES) {
      throw new InvalidRequestException(
          "startTime", "aggregate trades are kept for 1 year: start " + request.startTime());
    }
    return new BackfillJob(
        "job-new",
        request.symbol(),
        request.dataType(),
        request.timeframe(),
        request.startTime(),
        request.endTime(),
        request.priority(),
        BackfillStatus.PENDING,
        0.0,
        0,
        0,
        null,
        null,
        0,
        null,
        CREATED,
        null,
        null,
        CREATED);
  }

  @Override
  public Optional<BackfillJob> get(String jobId) {
    return Optional.ofNullable(jobs.get(jobId));
  }

  @Override
  public List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page) {
    return GoldenRecords.page(List.of(jobs.get("job-running"), jobs.get("job-failed")), page);
  }

  @Override
  public boolean cancel(String jobId) {
    BackfillJob job = jobs.get(jobId);
    if (job == null || job.status().isFinal()) {
      return false;
    }
    jobs.put(
        jobId,
        new BackfillJob(
            job.jobId(),
            job.symbol(),
            job.dataType(),
            job.timeframe(),
            job.startTime(),
            job.endTime(),
            job.priority(),
            BackfillStatus.CANCELLED,
            job.progress(),
            job.recordsFetched(),
            job.recordsInserted(),
            job.checkpoint(),
            null,
            job.attempts(),
            null,
            job.createdAt(),
            job.startedAt(),
            CANCELLED,
            CANCELLED));
    return true;
  }
}
