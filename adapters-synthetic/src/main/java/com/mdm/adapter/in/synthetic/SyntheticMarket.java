package com.mdm.adapter.in.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A synthetic Binance USD-M futures market in virtual time: advancing it returns every frame the
 * market sends in the meantime, in event-time order, so ten minutes take as long as it takes to
 * write them. Given the same settings it sends the same bytes, however its advances are split.
 *
 * <p>Per symbol: taker orders at random times on a random-walk price, each sending its trades
 * (consecutive {@code t}), one aggregate trade (consecutive {@code a}, {@code f}/{@code l} its
 * trades) and a book ticker; klines on every configured timeframe built from those trades, updated
 * while open and closed at their close time; diff depth every 100 ms whose {@code pu} is the
 * previous {@code u}; a top-20 partial depth every 500 ms; a mark price every second announcing the
 * funding rate for the next 8-hourly funding time; both 24-hour tickers every 2 s; a liquidation
 * about every 30 s. Frames are in the producer's envelope, except partial depth and liquidations,
 * which the producer cannot carry faithfully and which come as Binance combined-stream frames. Not
 * thread-safe.
 */
public final class SyntheticMarket {

  private final SyntheticMarketSettings settings;
  private final List<SymbolMarket> symbols = new ArrayList<>();
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private long now;

  public SyntheticMarket(SyntheticMarketSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.now = settings.start().toEpochMilli();
    SplittableRandom seeds = new SplittableRandom(settings.seed());
    FrameWriter writer = new FrameWriter(seeds.split(), settings.traceHeaders());
    for (int i = 0; i < settings.symbols().size(); i++) {
      SymbolSpec spec = SymbolSpec.of(settings.symbols().get(i));
      SymbolMarket symbol = new SymbolMarket(spec, settings, seeds.split(), writer);
      symbols.add(symbol);
      for (TaskKind kind : TaskKind.values()) {
        tasks.add(new Task(Math.max(now + 1, symbol.next(kind, now)), kind, i));
      }
    }
  }

  /**
   * Every frame with an event time after the previous advance (or the start) and at or before
   * {@code until}, in ascending event time; empty when {@code until} is not later.
   */
  public List<SyntheticFrame> advanceTo(Instant until) {
    long end = Objects.requireNonNull(until, "until must not be null").toEpochMilli();
    List<SyntheticFrame> frames = new ArrayList<>();
    while (!tasks.isEmpty() && tasks.peek().time() <= end) {
      Task task = tasks.poll();
      SymbolMarket symbol = symbols.get(task.symbol());
      symbol.run(task.kind(), task.time(), frames);
      tasks.add(new Task(symbol.next(task.kind(), task.time()), task.kind(), task.symbol()));
    }
    now = Math.max(now, end);
    return frames;
  }

  /** The virtual time the market has been advanced to. */
  public Instant now() {
    return Instant.ofEpochMilli(now);
  }

  public SyntheticMarketSettings settings() {
    return settings;
  }
}
