package com.mdm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.in.IngestCommand;
import com.mdm.domain.port.out.IngestMetrics;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IngestMarketEventServiceTest {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private final RecordingRepository repository = new RecordingRepository();
  private IngestMarketEventService service;

  @AfterEach
  void closeService() throws Exception {
    if (service != null) {
      service.close(Duration.ofSeconds(5));
    }
  }

  @Test
  void aFullBatchIsWrittenAtOnceAndCompletesItsMessages() throws Exception {
    service = service(3, Duration.ofHours(1));

    CompletableFuture<Void> first = service.ingest(cmd(trade("BTCUSDT", 1)));
    CompletableFuture<Void> second = service.ingest(cmd(trade("BTCUSDT", 2)));
    assertThat(first).isNotDone();
    CompletableFuture<Void> third = service.ingest(cmd(trade("BTCUSDT", 3)));

    CompletableFuture.allOf(first, second, third).get(5, TimeUnit.SECONDS);
    assertThat(repository.batches).hasSize(1);
    assertThat(repository.batches.get(0))
        .extracting(e -> ((Trade) e).tradeId())
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void givenLiveAndImportedMessages_whenWritten_thenEachRecordCarriesItsOrigin() throws Exception {
    service = service(2, Duration.ofHours(1));

    CompletableFuture<Void> live =
        service.ingest(
            new IngestCommand(
                List.of(trade("BTCUSDT", 1)), "binance.futures.websocket.data", 41, 0));
    CompletableFuture<Void> imported =
        service.ingest(new IngestCommand(List.of(trade("BTCUSDT", 2)), "import:day.jsonl", 7, 0));

    CompletableFuture.allOf(live, imported).get(5, TimeUnit.SECONDS);
    assertThat(repository.origins)
        .containsExactly(
            RecordOrigin.live("binance.futures.websocket.data", 41),
            RecordOrigin.imported("day.jsonl", 7));
  }

  @Test
  void aPartialBatchIsWrittenWhenItsDelayRunsOut() throws Exception {
    service = service(1000, Duration.ofMillis(50));

    service.ingest(cmd(trade("BTCUSDT", 1))).get(5, TimeUnit.SECONDS);

    assertThat(repository.recordCount()).isEqualTo(1);
  }

  @Test
  void writeBufferedWritesEveryPartialBatchNowWithoutWaitingForItsDelay() throws Exception {
    service = service(1000, Duration.ofHours(1));
    CompletableFuture<Void> btc = service.ingest(cmd(trade("BTCUSDT", 1)));
    CompletableFuture<Void> eth = service.ingest(cmd(trade("ETHUSDT", 1)));
    assertThat(btc).isNotDone();

    service.writeBuffered();

    CompletableFuture.allOf(btc, eth).get(5, TimeUnit.SECONDS);
    assertThat(repository.batches).hasSize(2);
    // a later record starts a new batch, which waits for its own delay again
    CompletableFuture<Void> later = service.ingest(cmd(trade("BTCUSDT", 2)));
    assertThat(later).isNotDone();
  }

  @Test
  void eachSeriesHasItsOwnBuffer() throws Exception {
    service = service(2, Duration.ofHours(1));

    CompletableFuture<Void> btc = service.ingest(cmd(trade("BTCUSDT", 1)));
    CompletableFuture<Void> eth = service.ingest(cmd(trade("ETHUSDT", 1)));
    CompletableFuture<Void> agg = service.ingest(cmd(aggTrade("BTCUSDT", 1)));
    service.ingest(cmd(trade("BTCUSDT", 2))).get(5, TimeUnit.SECONDS);

    assertThat(btc).isCompleted();
    assertThat(eth).isNotDone();
    assertThat(agg).isNotDone();
    assertThat(repository.batches).hasSize(1);
    assertThat(repository.batches.get(0)).allMatch(e -> e.symbol().equals(Symbol.of("BTCUSDT")));
  }

  @Test
  void aMessageWithEventsInTwoSeriesCompletesOnlyWhenBothAreWritten() throws Exception {
    service = service(1000, Duration.ofHours(1));

    CompletableFuture<Void> message =
        service.ingest(cmd(trade("BTCUSDT", 1), aggTrade("BTCUSDT", 7)));
    assertThat(message).isNotDone();

    service.flush().get(5, TimeUnit.SECONDS);
    message.get(5, TimeUnit.SECONDS);
    assertThat(repository.batches).hasSize(2);
  }

  @Test
  void aFailedWriteFailsEveryMessageInTheBatchSoThatNoneIsAcknowledged() {
    service = service(2, Duration.ofHours(1));
    repository.failWith = new IllegalStateException("store is down");

    CompletableFuture<Void> first = service.ingest(cmd(trade("BTCUSDT", 1)));
    CompletableFuture<Void> second = service.ingest(cmd(trade("BTCUSDT", 2)));

    assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasMessageContaining("store is down");
    assertThat(second).isCompletedExceptionally();
  }

  @Test
  void closingWritesWhatIsBufferedAndRefusesNewEvents() throws Exception {
    service = service(1000, Duration.ofHours(1));
    CompletableFuture<Void> pending = service.ingest(cmd(trade("BTCUSDT", 1)));

    service.close(Duration.ofSeconds(5));

    assertThat(pending).isCompleted();
    assertThat(repository.recordCount()).isEqualTo(1);
    assertThat(service.ingest(cmd(trade("BTCUSDT", 2)))).isCompletedExceptionally();
  }

  @Test
  void anEmptyMessageCompletesAtOnce() {
    service = service(10, Duration.ofHours(1));

    assertThat(service.ingest(cmd())).isCompleted();
  }

  private static IngestCommand cmd(MarketEvent... events) {
    return IngestCommand.of(List.of(events));
  }

  private IngestMarketEventService service(int maxBatchSize, Duration maxDelay) {
    return new IngestMarketEventService(
        repository.asStore(), new BatchSettings(maxBatchSize, maxDelay), IngestMetrics.NONE);
  }

  private static Trade trade(String symbol, long id) {
    return new Trade(
        Symbol.of(symbol),
        id,
        new BigDecimal("100.10"),
        new BigDecimal("0.5"),
        false,
        "MARKET",
        T0.plusMillis(id),
        T0.plusMillis(id),
        T0.plusMillis(id + 5));
  }

  private static AggregateTrade aggTrade(String symbol, long id) {
    return new AggregateTrade(
        Symbol.of(symbol),
        id,
        new BigDecimal("100.10"),
        new BigDecimal("0.5"),
        id * 10,
        id * 10 + 1,
        true,
        T0.plusMillis(id),
        T0.plusMillis(id),
        T0.plusMillis(id + 5));
  }
}
