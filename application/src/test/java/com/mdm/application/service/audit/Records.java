package com.mdm.application.service.audit;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Market records for the auditor's tests, on a day starting at {@link #T0}. */
final class Records {

  static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  static final Symbol BTC = Symbol.of("BTCUSDT");

  private Records() {}

  static Instant at(String hhmmss) {
    return Instant.parse("2024-05-01T" + hhmmss + "Z");
  }

  static Instant minute(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Candle candle(Timeframe timeframe, Instant open) {
    return candle(timeframe, open, "100", "110", "90", "105");
  }

  static Candle candle(Timeframe timeframe, Instant open, String o, String h, String l, String c) {
    return new Candle(
        BTC,
        timeframe,
        open,
        timeframe.nextOpen(open).minusMillis(1),
        new Ohlc(new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c)),
        new BigDecimal("12.5"),
        new BigDecimal("1250"),
        10,
        new BigDecimal("6"),
        new BigDecimal("600"),
        true,
        open.plusSeconds(1),
        open.plusSeconds(1));
  }

  /** 1m candles at every minute of {@code [fromMinute, toMinute)} after T0. */
  static List<Candle> minutes(int fromMinute, int toMinute) {
    List<Candle> candles = new ArrayList<>();
    for (int m = fromMinute; m < toMinute; m++) {
      candles.add(candle(Timeframe.MINUTE_1, minute(m)));
    }
    return candles;
  }

  static AggregateTrade agg(long id, long firstTradeId, long lastTradeId, Instant time) {
    return agg(id, firstTradeId, lastTradeId, time, "100");
  }

  static AggregateTrade agg(
      long id, long firstTradeId, long lastTradeId, Instant time, String price) {
    return new AggregateTrade(
        BTC,
        id,
        new BigDecimal(price),
        BigDecimal.ONE,
        firstTradeId,
        lastTradeId,
        false,
        time,
        time,
        time);
  }

  static Trade trade(long id, Instant time) {
    return new Trade(
        BTC, id, new BigDecimal("100"), BigDecimal.ONE, false, "MARKET", time, time, time);
  }

  static OrderBookDepth diff(long first, long last, long previous, Instant time) {
    return new OrderBookDepth(
        BTC,
        DepthKind.DIFF,
        first,
        last,
        previous,
        List.of(level("99", "1")),
        List.of(level("101", "1")),
        time,
        time,
        time);
  }

  static OrderBookDepth partial(long last, Instant time, String bestBid, String bestAsk) {
    return new OrderBookDepth(
        BTC,
        DepthKind.PARTIAL,
        last,
        last,
        null,
        List.of(level(bestBid, "1"), level("1", "5")),
        List.of(level(bestAsk, "1"), level("1000", "0")),
        time,
        time,
        time);
  }

  static PriceLevel level(String price, String quantity) {
    return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
  }

  static MarkPrice mark(Instant time) {
    return mark(time, "100");
  }

  static MarkPrice mark(Instant time, String price) {
    return new MarkPrice(
        BTC,
        new BigDecimal(price),
        new BigDecimal(price),
        new BigDecimal(price),
        new BigDecimal("0.0001"),
        time.plus(Duration.ofHours(8)),
        time,
        time);
  }

  static FundingRate funding(Instant fundingTime, Instant announced) {
    return new FundingRate(
        BTC, fundingTime, new BigDecimal("0.0001"), new BigDecimal("100"), announced, announced);
  }

  static BookTicker bookTicker(long id, Instant time, String bid, String ask) {
    return new BookTicker(
        BTC,
        id,
        new BigDecimal(bid),
        BigDecimal.ONE,
        new BigDecimal(ask),
        BigDecimal.ONE,
        time,
        time,
        time);
  }
}
