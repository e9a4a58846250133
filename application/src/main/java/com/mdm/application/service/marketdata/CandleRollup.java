package com.mdm.application.service.marketdata;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Rolls finer candles up into one candle of a coarser timeframe: first open, highest high, lowest
 * low, last close, sums of volumes and trade counts.
 */
final class CandleRollup {

  private CandleRollup() {}

  /**
   * The candle of {@code target} opening at {@code open} from {@code sources}, the stored candles
   * of {@code source} inside it (in any order, at least one). It is closed once its period has
   * ended and every source is closed; it is incomplete when not closed or when any source candle is
   * missing.
   */
  static CandleBar rollUp(
      Timeframe target, Timeframe source, Instant open, List<Candle> sources, Instant now) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sources must not be empty");
    }
    List<Candle> ordered = sources.stream().sorted(Comparator.comparing(Candle::openTime)).toList();
    Candle first = ordered.getFirst();
    Candle last = ordered.getLast();
    Instant nextOpen = target.nextOpen(open);
    boolean closed = !nextOpen.isAfter(now) && ordered.stream().allMatch(Candle::closed);
    boolean complete = ordered.size() >= CandleBuckets.expectedSources(target, source, open);
    Candle candle =
        new Candle(
            first.symbol(),
            target,
            open,
            nextOpen.minusMillis(1),
            new Ohlc(
                first.open(),
                ordered.stream().map(Candle::high).reduce(BigDecimal::max).orElseThrow(),
                ordered.stream().map(Candle::low).reduce(BigDecimal::min).orElseThrow(),
                last.close()),
            sum(ordered, Candle::volume),
            sum(ordered, Candle::quoteVolume),
            ordered.stream().mapToLong(Candle::tradeCount).sum(),
            sum(ordered, Candle::takerBuyBaseVolume),
            sum(ordered, Candle::takerBuyQuoteVolume),
            closed,
            ordered.stream().map(Candle::eventTime).max(Comparator.naturalOrder()).orElseThrow(),
            ordered.stream().map(Candle::receivedAt).max(Comparator.naturalOrder()).orElseThrow());
    return new CandleBar(candle, !closed || !complete);
  }

  private static BigDecimal sum(List<Candle> candles, Function<Candle, BigDecimal> field) {
    return candles.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
