package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Trade;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.testsupport.contract.SeriesSamples;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What callers see when MongoDB cannot be reached: failed futures and exceptions, never hangs. */
class MongoSeriesFailureIT {

  private static final String NOWHERE = "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300";

  @Test
  void givenUnreachableServer_whenSaving_thenTheFutureFailsNamingTheCollection() {
    try (MongoClient client = MongoClients.create(NOWHERE)) {
      SeriesRepository<Trade> trades =
          new MongoSeriesStore(
                  client.getDatabase("nowhere"), MongoStorageConfig.defaults("nowhere"))
              .repository(SeriesType.TRADES, Trade.class);
      Symbol symbol = Symbol.of("BTCUSDT");

      assertThatThrownBy(
              () ->
                  trades.saveAll(List.of(SeriesSamples.trade(symbol, 1))).get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("writing 1 records to trades_BTCUSDT failed");
    }
  }

  @Test
  void givenUnreachableServer_whenQuerying_thenItFailsWithinTheQueryTimeout() {
    try (MongoClient client = MongoClients.create(NOWHERE)) {
      MongoStorageConfig config =
          new MongoStorageConfig("nowhere", "majority", Map.of(), Duration.ofMillis(200));
      SeriesKey key = SeriesKey.of(SeriesType.FUNDING_RATES, Symbol.of("BTCUSDT"));
      SeriesRepository<FundingRate> rates =
          new MongoSeriesStore(client.getDatabase("nowhere"), config)
              .repository(SeriesType.FUNDING_RATES, FundingRate.class);

      long start = System.nanoTime();
      assertThatThrownBy(() -> rates.count(key, TimeRange.all()))
          .isInstanceOf(RuntimeException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }
}
