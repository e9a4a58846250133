package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A first rollout: three replicas of the whole service started at the same moment against a NATS
 * server where their stream does not exist yet. Every one starts, they share one stream and one
 * durable consumer, and what is published is stored once.
 */
class ReplicasStartTogetherIT {

  private static final int REPLICAS = 3;

  private final List<RunningService> replicas = new ArrayList<>();

  @AfterEach
  void stopAll() throws Exception {
    for (int i = replicas.size() - 1; i >= 0; i--) {
      replicas.get(i).close();
    }
  }

  @Test
  void givenNoStreamYetWhenThreeReplicasStartTogetherThenAllRunAndShareTheWork() throws Exception {
    RunningService first = new RunningService(Map.of("NATS_MAX_IN_FLIGHT", "50"));
    replicas.add(first);
    for (int i = 1; i < REPLICAS; i++) {
      replicas.add(
          new RunningService(
              Map.of(
                  "NATS_CONSUMER_SUBJECT", first.subject,
                  "NATS_STREAM_NAME", first.streamName,
                  "NATS_CONSUMER_DURABLE", first.environment.get("NATS_CONSUMER_DURABLE"),
                  "MONGODB_DB", first.mongoDatabaseName,
                  "NATS_MAX_IN_FLIGHT", "50")));
    }
    CyclicBarrier together = new CyclicBarrier(REPLICAS);
    ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
    try {
      List<Future<RunningService>> started = new ArrayList<>();
      for (RunningService replica : replicas) {
        started.add(
            pool.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return replica.start();
                }));
      }
      for (Future<RunningService> replica : started) {
        replica.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    int published = 600;
    for (int i = 0; i < published; i++) {
      first.publish(trade(10_000 + i));
    }
    first.awaitSettled(Duration.ofSeconds(60));

    SeriesRepository<Trade> trades = first.series().repository(SeriesType.TRADES, Trade.class);
    assertThat(trades.count(SeriesKey.of(SeriesType.TRADES, Symbol.of("BTCUSDT")), TimeRange.all()))
        .isEqualTo(published);
    assertThat(first.nats().jetStreamManagement().getStreamNames(first.subject))
        .containsExactly(first.streamName);
  }

  private static byte[] trade(long id) {
    long time = 1714564800000L + id;
    return ("{\"e\":\"trade\",\"E\":"
            + time
            + ",\"T\":"
            + time
            + ",\"s\":\"BTCUSDT\",\"t\":"
            + id
            + ",\"p\":\"64990.90\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
