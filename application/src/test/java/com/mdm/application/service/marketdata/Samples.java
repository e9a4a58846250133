package com.mdm.application.service.marketdata;

import com.mdm.domain.market.Candle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Market records for the query tests. */
final class Samples {

  static final Symbol BTC = Symbol.of("BTCUSDT");

  private Samples() {}

  static Trade trade(long id, Instant time) {
    return trade(BTC, id, time);
  }

  static Trade trade(Symbol symbol, long id, Instant time) {
    return new Trade(
        symbol,
        id,
        new BigDecimal("64000.10"),
        new BigDecimal("0.005"),
        false,
        "MARKET",
        time,
        time,
        time);
  }

  /**
   * A closed 1m-style candle of {@code timeframe} opening at {@code open}, with prices derived from
   * {@code seed} so that every candle differs.
   */
  static Candle candle(Timeframe timeframe, Instant open, int seed) {
    BigDecimal base = new BigDecimal("100.00").add(BigDecimal.valueOf(seed % 17));
    BigDecimal high = base.add(new BigDecimal("2.50")).add(BigDecimal.valueOf(seed % 5));
    BigDecimal low = base.subtract(new BigDecimal("1.25")).subtract(BigDecimal.valueOf(seed % 3));
    BigDecimal close = base.add(BigDecimal.valueOf(seed % 7, 1));
    Instant next = timeframe.nextOpen(open);
    return new Candle(
        BTC,
        timeframe,
        open,
        next.minusMillis(1),
        new Ohlc(base, high, low, close),
        new BigDecimal("1.5").add(BigDecimal.valueOf(seed, 3)),
        new BigDecimal("150.25").add(BigDecimal.valueOf(seed, 2)),
        10 + seed,
        new BigDecimal("0.7"),
        new BigDecimal("70.1"),
        true,
        next,
        next);
  }

  /** {@code count} consecutive candles of {@code timeframe} from {@code open}. */
  static List<Candle> candles(Timeframe timeframe, Instant open, int count) {
    List<Candle> candles = new ArrayList<>();
    Instant time = open;
    for (int i = 0; i < count; i++) {
      candles.add(candle(timeframe, time, i));
      time = timeframe.nextOpen(time);
    }
    return candles;
  }
}
