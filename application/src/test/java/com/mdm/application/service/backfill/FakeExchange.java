package com.mdm.application.service.backfill;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Serves closed candles on every timeframe, {@code pageSize} per call, and records the cursors it
 * was asked for; a call can be made to throw or to block until released.
 */
final class FakeExchange implements ExchangeHistoryClient {

  final List<HistoryCursor> requested = new CopyOnWriteArrayList<>();
  private final Map<Integer, Supplier<RuntimeException>> failures = new ConcurrentHashMap<>();
  private final Map<Integer, CountDownLatch> blocks = new ConcurrentHashMap<>();
  private final int pageSize;

  FakeExchange(int pageSize) {
    this.pageSize = pageSize;
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
    return "fake-rest";
  }

  @Override
  public String endpoint(BackfillDataType dataType) {
    return "/fake/" + dataType.name().toLowerCase(java.util.Locale.ROOT);
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
        throw new java.util.concurrent.CancellationException("interrupted");
      }
    }
    Supplier<RuntimeException> failure = failures.get(call);
    if (failure != null) {
      throw failure.get();
    }
    List<Candle> candles = new ArrayList<>();
    Instant open = from.time();
    while (open.isBefore(end) && candles.size() < pageSize) {
      candles.add(candle(symbol, timeframe, open));
      open = timeframe.nextOpen(open);
    }
    return new HistoryPage<>(candles, open.isBefore(end) ? HistoryCursor.at(open) : null);
  }

  static Candle candle(Symbol symbol, Timeframe timeframe, Instant open) {
    Instant close = timeframe.nextOpen(open).minusMillis(1);
    BigDecimal price = new BigDecimal("100.5");
    return new Candle(
        symbol,
        timeframe,
        open,
        close,
        new Ohlc(price, price, price, price),
        BigDecimal.ONE,
        BigDecimal.TEN,
        1,
        BigDecimal.ONE,
        BigDecimal.TEN,
        true,
        close.plusMillis(1),
        close.plusMillis(1));
  }

  @Override
  public HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    throw new UnsupportedOperationException();
  }

  @Override
  public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
    throw new UnsupportedOperationException();
  }

  @Override
  public HistoryPage<AggregateTrade> aggregateTrades(
      Symbol symbol, HistoryCursor from, Instant end) {
    throw new UnsupportedOperationException();
  }
}
