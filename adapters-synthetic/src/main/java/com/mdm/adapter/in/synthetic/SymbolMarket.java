package com.mdm.adapter.in.synthetic;

import com.mdm.adapter.in.synthetic.RollingDay.Stats;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One symbol of the synthetic market: its price walk, book, trade tape, klines, 24-hour window and
 * mark prices, and what each task does to them. Everything random comes from the symbol's own
 * generator, so a symbol's frames do not depend on the other symbols.
 */
final class SymbolMarket {

  private final SymbolSpec spec;
  private final RandomGenerator random;
  private final SyntheticFaults faults;
  private final long klineUpdateInterval;
  private final double meanOrderGap;
  private final PriceWalk walk;
  private final OrderBook book;
  private final TradeTape tape;
  private final KlineSet klines;
  private final RollingDay day = new RollingDay();
  private final MarkPrices marks;
  private final TradeFrames tradeFrames;
  private final DepthFrames depthFrames;
  private final TickerFrames tickerFrames;
  private long lastTicks;
  private long aggregates;
  private long diffs;

  SymbolMarket(
      SymbolSpec spec,
      SyntheticMarketSettings settings,
      RandomGenerator random,
      FrameWriter writer) {
    this.spec = spec;
    this.random = random;
    this.faults = settings.faults();
    this.klineUpdateInterval = settings.klineUpdateInterval().toMillis();
    this.meanOrderGap = RateBudget.meanOrderGap(settings);
    this.walk = new PriceWalk(spec.startTicks());
    this.lastTicks = spec.startTicks();
    long firstTradeId = 1_000_000_000L + random.nextLong(1_000_000_000L);
    this.tape = new TradeTape(spec, firstTradeId, firstTradeId / 3);
    this.book =
        new OrderBook(
            spec.startTicks(),
            1_000_000_000_000L + random.nextLong(1_000_000_000_000L),
            spec.typicalQuantity(),
            random);
    long start = settings.start().toEpochMilli();
    this.klines =
        new KlineSet(
            settings.timeframes(), start, lastTicks, new KlineFrames(spec, writer), faults);
    this.marks = new MarkPrices(random);
    this.tradeFrames = new TradeFrames(spec, writer);
    this.depthFrames = new DepthFrames(spec, writer);
    this.tickerFrames = new TickerFrames(spec, writer);
  }

  /** Runs one task at {@code time}, adding the frames it sends to {@code out}. */
  void run(TaskKind kind, long time, List<SyntheticFrame> out) {
    switch (kind) {
      case KLINE_CLOSE -> klines.close(time, lastTicks, out);
      case KLINE_UPDATE -> klines.update(time, out);
      case ORDER -> order(time, out);
      case DEPTH -> depth(time, out);
      case PARTIAL -> out.add(depthFrames.partial(time, book));
      case MARK -> out.add(tickerFrames.markPrice(time, marks.next(time, spec.price(lastTicks))));
      case TICKERS -> tickers(time, out);
      case LIQUIDATION -> liquidation(time, out);
    }
  }

  /** When the task after one at {@code time} runs: on its cadence, or after a random gap. */
  long next(TaskKind kind, long time) {
    return switch (kind) {
      case KLINE_CLOSE -> cadence(time, RateBudget.KLINE_CLOSE_INTERVAL);
      case KLINE_UPDATE -> cadence(time, klineUpdateInterval);
      case ORDER -> time + Math.round(random.nextExponential() * meanOrderGap);
      case DEPTH -> cadence(time, RateBudget.DEPTH_INTERVAL);
      case PARTIAL -> cadence(time, RateBudget.PARTIAL_INTERVAL);
      case MARK -> cadence(time, RateBudget.MARK_INTERVAL);
      case TICKERS -> cadence(time, RateBudget.TICKERS_INTERVAL);
      case LIQUIDATION ->
          time + 1 + Math.round(random.nextExponential() * RateBudget.MEAN_LIQUIDATION_GAP);
    };
  }

  private void order(long time, List<SyntheticFrame> out) {
    book.moveTo(walk.step(random));
    boolean buyerIsMaker = random.nextBoolean();
    long price = buyerIsMaker ? book.bestBid() : book.bestAsk();
    List<Fill> fills = tape.fills(time, price, buyerIsMaker, random);
    for (Fill fill : fills) {
      klines.add(fill);
      day.add(fill);
      out.add(tradeFrames.trade(fill));
    }
    book.take(!buyerIsMaker, fills.stream().mapToLong(Fill::quantity).sum());
    long aggregateId = tape.nextAggregateId();
    if (!faults.skipsAggregate(++aggregates)) {
      out.add(tradeFrames.aggregateTrade(aggregateId, fills));
    }
    out.add(tradeFrames.bookTicker(time, book));
    lastTicks = price;
  }

  private void depth(long time, List<SyntheticFrame> out) {
    book.churn();
    DepthDiff diff = book.drainDiff();
    if (!faults.breaksDepthChain(++diffs)) {
      out.add(depthFrames.diff(time, diff));
    }
  }

  private void tickers(long time, List<SyntheticFrame> out) {
    Stats stats = day.stats(time);
    if (stats != null) {
      out.add(tickerFrames.ticker(time, stats));
      out.add(tickerFrames.miniTicker(time, stats));
    }
  }

  /** A position closed 0.2–1 % away from the last price, filled near it. */
  private void liquidation(long time, List<SyntheticFrame> out) {
    boolean sell = random.nextBoolean();
    long offset = Math.max(1, lastTicks * (20 + random.nextInt(81)) / 10_000);
    long price = sell ? Math.max(1, lastTicks - offset) : lastTicks + offset;
    long quantity = 1 + random.nextLong(5 * spec.typicalQuantity());
    long lastFilled = 1 + random.nextLong(quantity);
    out.add(tradeFrames.forceOrder(time, sell, price, lastTicks, quantity, lastFilled));
  }

  /** The next multiple of {@code interval} after {@code time}. */
  static long cadence(long time, long interval) {
    return Math.floorDiv(time, interval) * interval + interval;
  }
}
