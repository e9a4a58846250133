package com.mdm.application.service.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.testsupport.fake.InMemoryBackfillJobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManageBackfillJobsServiceTest {

  private static final Instant NOW = Instant.parse("2024-06-20T00:00:00Z");
  private static final Symbol BTC = Symbol.of("BTCUSDT");
  private static final Instant DAY = Instant.parse("2024-06-17T00:00:00Z");

  private final InMemoryBackfillJobRepository jobs = new InMemoryBackfillJobRepository();
  private final ManageBackfillJobsService service =
      new ManageBackfillJobsService(jobs, Clock.fixed(NOW, ZoneOffset.UTC));

  private static BackfillRequest hours(Instant start, Instant end) {
    return new BackfillRequest(BTC, BackfillDataType.CANDLES, Timeframe.HOUR_1, start, end, 5);
  }

  @Test
  void givenARequest_whenCreated_thenAPendingJobWithAUuidIsStored() {
    BackfillJob job = service.create(hours(DAY, DAY.plus(Duration.ofDays(1))));

    assertThat(UUID.fromString(job.jobId())).isNotNull();
    assertThat(job.status()).isEqualTo(BackfillStatus.PENDING);
    assertThat(job.priority()).isEqualTo(5);
    assertThat(job.createdAt()).isEqualTo(NOW);
    assertThat(job.checkpoint()).isNull();
    assertThat(service.get(job.jobId())).contains(job);
    assertThat(service.list(BackfillStatus.PENDING, BTC, PageRequest.first(10)))
        .containsExactly(job);
  }

  @Test
  void
      givenAPendingOrRunningJobCoversTheRange_whenTheSameOrAnInnerRangeIsRequested_thenItIsReturned() {
    BackfillJob first = service.create(hours(DAY, DAY.plus(Duration.ofDays(2))));

    assertThat(service.create(hours(DAY, DAY.plus(Duration.ofDays(2))))).isEqualTo(first);
    assertThat(service.create(hours(DAY.plusSeconds(3600), DAY.plus(Duration.ofDays(1)))))
        .isEqualTo(first);
    jobs.claimNext("w", NOW);
    assertThat(service.create(hours(DAY, DAY.plus(Duration.ofDays(1)))).jobId())
        .isEqualTo(first.jobId());
    assertThat(jobs.list(null, null, PageRequest.first(10))).hasSize(1);
  }

  @Test
  void givenAJobOfAnotherRangeTimeframeOrState_whenRequested_thenANewJobIsQueued() {
    BackfillJob first = service.create(hours(DAY, DAY.plus(Duration.ofDays(1))));

    BackfillJob wider = service.create(hours(DAY, DAY.plus(Duration.ofDays(2))));
    BackfillJob minutes =
        service.create(
            new BackfillRequest(
                BTC, BackfillDataType.CANDLES, Timeframe.MINUTE_1, DAY, DAY.plusSeconds(60), 0));
    service.cancel(first.jobId());
    BackfillJob again = service.create(hours(DAY, DAY.plus(Duration.ofDays(1))));

    assertThat(wider.jobId()).isNotEqualTo(first.jobId());
    assertThat(minutes.jobId()).isNotIn(first.jobId(), wider.jobId());
    assertThat(again.jobId()).isEqualTo(wider.jobId());
  }

  @Test
  void givenAStartInTheFuture_whenCreated_thenItIsRefusedSayingWhy() {
    assertThatThrownBy(() -> service.create(hours(NOW.plusSeconds(60), NOW.plusSeconds(7200))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("startTime"))
        .hasMessage("startTime 2024-06-20T00:01:00Z is in the future: there is no history yet");
  }

  @Test
  void givenAggregateTradesOlderThanAYear_whenCreated_thenItIsRefusedNamingTheOldestStart() {
    Instant old = NOW.minus(Duration.ofDays(400));

    assertThatThrownBy(
            () ->
                service.create(
                    new BackfillRequest(
                        BTC, BackfillDataType.AGG_TRADES, null, old, old.plusSeconds(60), 0)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("startTime"))
        .hasMessageContaining("for the last year only")
        .hasMessageContaining("start at 2023-06-21T00:00:00Z or later");
  }

  @Test
  void givenJobs_whenCancelled_thenOnlyNonFinalOnesAre() {
    BackfillJob job = service.create(hours(DAY, DAY.plus(Duration.ofDays(1))));

    assertThat(service.cancel(job.jobId())).isTrue();
    assertThat(service.cancel(job.jobId())).isFalse();
    assertThat(service.cancel("unknown")).isFalse();
    assertThat(service.get(job.jobId()).orElseThrow().status()).isEqualTo(BackfillStatus.CANCELLED);
  }
}
