package com.mdm.adapter.in.http;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Market records for the HTTP tests, with prices that vary by a seed and keep their scale. */
final class MarketSamples {

  private MarketSamples() {}

  static Trade trade(Symbol symbol, long id, Instant time) {
    return new Trade(
        symbol,
        id,
        new BigDecimal("64990.90"),
        new BigDecimal("0.010"),
        id % 2 == 0,
        "MARKET",
        time,
        time,
        time);
  }

  static AggregateTrade aggTrade(Symbol symbol, long id, Instant time) {
    return new AggregateTrade(
        symbol,
        id,
        new BigDecimal("64990.80"),
        new BigDecimal("0.250"),
        id * 10,
        id * 10 + 2,
        false,
        time,
        time,
        time);
  }

  static Candle candle(Symbol symbol, Timeframe timeframe, Instant open, int seed, boolean closed) {
    BigDecimal base = new BigDecimal("64000.00").add(BigDecimal.valueOf(seed % 23 * 10));
    Instant next = timeframe.nextOpen(open);
    return new Candle(
        symbol,
        timeframe,
        open,
        next.minusMillis(1),
        new Ohlc(
            base,
            base.add(new BigDecimal("35.50")).add(BigDecimal.valueOf(seed % 7)),
            base.subtract(new BigDecimal("20.25")).subtract(BigDecimal.valueOf(seed % 5)),
            base.add(BigDecimal.valueOf(seed % 11, 1))),
        new BigDecimal("12.345").add(BigDecimal.valueOf(seed, 3)),
        new BigDecimal("790123.45").add(BigDecimal.valueOf(seed, 2)),
        100 + seed,
        new BigDecimal("6.001"),
        new BigDecimal("384000.10"),
        closed,
        next,
        next);
  }

  static List<Candle> candles(Symbol symbol, Timeframe timeframe, Instant open, int count) {
    List<Candle> candles = new ArrayList<>();
    Instant time = open;
    for (int i = 0; i < count; i++) {
      candles.add(candle(symbol, timeframe, time, i, true));
      time = timeframe.nextOpen(time);
    }
    return candles;
  }

  static OrderBookDepth depth(Symbol symbol, long finalUpdateId, Instant time) {
    return new OrderBookDepth(
        symbol,
        DepthKind.PARTIAL,
        finalUpdateId - 5,
        finalUpdateId,
        finalUpdateId - 6,
        List.of(new PriceLevel(new BigDecimal("64990.00"), new BigDecimal("1.500"))),
        List.of(new PriceLevel(new BigDecimal("64990.10"), new BigDecimal("0.750"))),
        time,
        time,
        time);
  }

  static MarkPrice markPrice(Symbol symbol, Instant time) {
    return new MarkPrice(
        symbol,
        new BigDecimal("64991.12345678"),
        new BigDecimal("64989.50000000"),
        new BigDecimal("64990.00000000"),
        new BigDecimal("0.00010000"),
        time.plusSeconds(3600),
        time,
        time);
  }

  static FundingRate funding(Symbol symbol, Instant fundingTime) {
    return new FundingRate(
        symbol,
        fundingTime,
        new BigDecimal("0.00010000"),
        new BigDecimal("64990.1"),
        fundingTime.minusSeconds(1),
        fundingTime.minusSeconds(1));
  }

  static Ticker ticker(Symbol symbol, Instant time, boolean mini) {
    return new Ticker(
        symbol,
        mini,
        new BigDecimal("63000.0"),
        new BigDecimal("65500.0"),
        new BigDecimal("62800.0"),
        new BigDecimal("64990.9"),
        new BigDecimal("123456.789"),
        new BigDecimal("8012345678.90"),
        mini ? null : new BigDecimal("1990.9"),
        mini ? null : new BigDecimal("3.160"),
        mini ? null : new BigDecimal("64100.55"),
        mini ? null : new BigDecimal("0.002"),
        mini ? null : time.minusSeconds(86_400),
        mini ? null : time,
        mini ? null : 1L,
        mini ? null : 900L,
        mini ? null : 900L,
        time,
        time);
  }

  static BookTicker bookTicker(Symbol symbol, long updateId, Instant time) {
    return new BookTicker(
        symbol,
        updateId,
        new BigDecimal("64990.80"),
        new BigDecimal("3.100"),
        new BigDecimal("64990.90"),
        new BigDecimal("0.900"),
        time,
        time,
        time);
  }

  static Liquidation liquidation(Symbol symbol, Side side, Instant time) {
    return new Liquidation(
        symbol,
        side,
        "LIMIT",
        "IOC",
        new BigDecimal("0.014"),
        new BigDecimal("64800.10"),
        new BigDecimal("64810.00"),
        "FILLED",
        new BigDecimal("0.014"),
        new BigDecimal("0.014"),
        time,
        time,
        time);
  }
}
