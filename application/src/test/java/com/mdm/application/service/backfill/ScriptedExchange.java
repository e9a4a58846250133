package com.mdm.application.service.backfill;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.fake.FakeExchangeHistoryClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The shared fake exchange, {@code pageSize} candles a call, with a script for its candle calls:
 * the cursors it was asked for are recorded, and a call can be made to throw or to block until
 * released.
 */
final class ScriptedExchange implements ExchangeHistoryClient {

  final List<HistoryCursor> requested = new CopyOnWriteArrayList<>();
  private final Map<Integer, Supplier<RuntimeException>> failures = new ConcurrentHashMap<>();
  private final Map<Integer, CountDownLatch> blocks = new ConcurrentHashMap<>();
  private final FakeExchangeHistoryClient exchange;

  ScriptedExchange(int pageSize) {
    exchange = new FakeExchangeHistoryClient(pageSize);
  }

  /** Call number {@code call} (0-based) throws what {@code failure} makes. */
  void failOnCall(int call, Supplier<RuntimeException> failure) {
    failures.put(call, failure);
  }

  /** Call number {@code call} waits for the returned latch (interruptibly). */
  CountDownLatch blockOnCall(int call) {
    CountDownLatch latch = new CountDownLatch(1);
    blocks.put(call, latch);
    return latch;
  }

  @Override
  public String source() {
    return exchange.source();
  }

  @Override
  public String endpoint(BackfillDataType dataType) {
    return exchange.endpoint(dataType);
  }

  @Override
  public HistoryPage<Candle> candles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    int call = requested.size();
    requested.add(from);
    CountDownLatch block = blocks.get(call);
    if (block != null) {
      try {
        block.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      }
    }
    Supplier<RuntimeException> failure = failures.get(call);
    if (failure != null) {
      throw failure.get();
    }
    return exchange.candles(symbol, timeframe, from, end);
  }

  @Override
  public HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return exchange.markPriceCandles(symbol, timeframe, from, end);
  }

  @Override
  public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
    return exchange.fundingRates(symbol, from, end);
  }

  @Override
  public HistoryPage<AggregateTrade> aggregateTrades(
      Symbol symbol, HistoryCursor from, Instant end) {
    return exchange.aggregateTrades(symbol, from, end);
  }
}
