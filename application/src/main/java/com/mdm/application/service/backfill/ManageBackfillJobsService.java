package com.mdm.application.service.backfill;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.metadata.BackfillCheckpoint;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.out.BackfillJobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues, lists and cancels backfill jobs. A request already covered by a pending or running job
 * for the same series returns that job instead of queueing a second one; the check is best effort
 * between replicas, which is harmless since backfilled records are written idempotently.
 */
public final class ManageBackfillJobsService implements ManageBackfillJobsUseCase {

  /** How far back Binance serves aggregate trades by time. */
  static final Duration AGG_TRADES_HISTORY = Duration.ofDays(365);

  private static final int SCAN_PAGE = PageRequest.MAX_LIMIT;

  private final BackfillJobRepository jobs;
  private final Clock clock;

  public ManageBackfillJobsService(BackfillJobRepository jobs, Clock clock) {
    this.jobs = Objects.requireNonNull(jobs, "jobs must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** A created or already queued job. */
  record Creation(BackfillJob job, boolean created) {}

  @Override
  public BackfillJob create(BackfillRequest request) {
    return createFor(request, null).job();
  }

  @Override
  public Optional<BackfillJob> get(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return jobs.get(jobId);
  }

  @Override
  public List<BackfillJob> list(BackfillStatus status, Symbol symbol, PageRequest page) {
    Objects.requireNonNull(page, "page must not be null");
    return jobs.list(status, symbol, page);
  }

  @Override
  public boolean cancel(String jobId) {
    Objects.requireNonNull(jobId, "jobId must not be null");
    return jobs.cancel(jobId, clock.instant());
  }

  /**
   * Queues a job for the request, carrying {@code gapId} (null for none) in its checkpoint, unless
   * a pending or running job already covers it.
   */
  Creation createFor(BackfillRequest request, String gapId) {
    Objects.requireNonNull(request, "request must not be null");
    Instant now = clock.instant();
    validate(request, now);
    Optional<BackfillJob> covering = covering(request);
    if (covering.isPresent()) {
      return new Creation(covering.get(), false);
    }
    BackfillJob job =
        new BackfillJob(
            UUID.randomUUID().toString(),
            request.symbol(),
            request.dataType(),
            request.timeframe(),
            request.startTime(),
            request.endTime(),
            request.priority(),
            BackfillStatus.PENDING,
            0,
            0,
            0,
            gapId == null ? null : BackfillCheckpoint.forGap(gapId),
            null,
            0,
            null,
            now,
            null,
            null,
            now);
    jobs.create(job);
    return new Creation(job, true);
  }

  private static void validate(BackfillRequest request, Instant now) {
    if (request.startTime().isAfter(now)) {
      throw new InvalidRequestException(
          "startTime",
          "startTime " + request.startTime() + " is in the future: there is no history yet");
    }
    Instant oldestTrades = now.minus(AGG_TRADES_HISTORY);
    if (request.dataType() == BackfillDataType.AGG_TRADES
        && request.startTime().isBefore(oldestTrades)) {
      throw new InvalidRequestException(
          "startTime",
          "startTime "
              + request.startTime()
              + " is too old for aggregate trades: Binance serves them by time for the last"
              + " year only, so start at "
              + oldestTrades
              + " or later");
    }
  }

  private Optional<BackfillJob> covering(BackfillRequest request) {
    for (BackfillStatus status : List.of(BackfillStatus.RUNNING, BackfillStatus.PENDING)) {
      for (int offset = 0; ; offset += SCAN_PAGE) {
        List<BackfillJob> page =
            jobs.list(status, request.symbol(), new PageRequest(offset, SCAN_PAGE));
        Optional<BackfillJob> match = page.stream().filter(job -> covers(job, request)).findFirst();
        if (match.isPresent()) {
          return match;
        }
        if (page.size() < SCAN_PAGE) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean covers(BackfillJob job, BackfillRequest request) {
    return job.dataType() == request.dataType()
        && Objects.equals(job.timeframe(), request.timeframe())
        && !job.startTime().isAfter(request.startTime())
        && !job.endTime().isBefore(request.endTime());
  }
}
