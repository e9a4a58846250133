package com.mdm.adapter.out.mongo;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Made-up records for the tests. Record number {@code n} of a series has its series time {@code n}
 * seconds after {@link #BASE} and natural ids derived from {@code n}; prices use {@link #PRICE} and
 * small quantities {@link #TINY}, whose scales must survive storage.
 */
final class Samples {

  static final Instant BASE = Instant.parse("2031-03-04T05:06:07.089Z");
  static final BigDecimal PRICE = new BigDecimal("64990.90");
  static final BigDecimal TINY = new BigDecimal("0.00000001");

  private Samples() {}

  /** A symbol no other test uses, so tests of one class can share a database. */
  static Symbol freshSymbol() {
    return Symbol.of(
        "T"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toUpperCase(Locale.ROOT));
  }

  static Instant at(int n) {
    return BASE.plusSeconds(n);
  }

  static Instant receivedAt(int n) {
    return at(n).plusMillis(317);
  }

  static Trade trade(Symbol symbol, int n) {
    return new Trade(
        symbol,
        7_000_000L + n,
        PRICE,
        TINY,
        n % 2 == 0,
        n % 3 == 0 ? null : "MARKET",
        at(n),
        at(n).plusMillis(4),
        receivedAt(n));
  }

  static AggregateTrade aggregateTrade(Symbol symbol, int n) {
    return new AggregateTrade(
        symbol,
        7_000_000L + n,
        PRICE,
        TINY,
        9_100L + 10L * n,
        9_105L + 10L * n,
        n % 2 == 1,
        at(n),
        at(n).plusMillis(6),
        receivedAt(n));
  }

  static Candle candle(Symbol symbol, int n, boolean closed, Instant eventTime) {
    Instant open =
        BASE.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(n));
    return new Candle(
        symbol,
        Timeframe.MINUTE_1,
        open,
        open.plusSeconds(60).minusMillis(1),
        new Ohlc(
            PRICE,
            new BigDecimal("65001.00"),
            new BigDecimal("64980.10"),
            new BigDecimal("64995.00")),
        new BigDecimal("12.345"),
        new BigDecimal("802345.67890"),
        40L + n,
        TINY,
        new BigDecimal("0.50"),
        closed,
        eventTime,
        eventTime.plusMillis(12));
  }

  /** Candle number n opening n minutes after the minute of {@link #BASE}, event time inside it. */
  static Candle candle(Symbol symbol, int n) {
    Instant open =
        BASE.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(n));
    return candle(symbol, n, n % 2 == 0, open.plusMillis(59_000));
  }

  /**
   * Mark-price candle number n, hourly from the hour of {@link #BASE}; its low is {@link #TINY}.
   */
  static MarkPriceCandle markPriceCandle(Symbol symbol, int n) {
    Instant open = BASE.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(n));
    Instant close = open.plus(Duration.ofHours(1)).minusMillis(1);
    boolean closed = n % 2 == 0;
    Instant eventTime = closed ? close.plusMillis(1) : open.plusSeconds(600);
    return new MarkPriceCandle(
        symbol,
        Timeframe.HOUR_1,
        open,
        close,
        new Ohlc(PRICE, new BigDecimal("65001.00"), TINY, new BigDecimal("64995.00")),
        closed,
        eventTime,
        eventTime.plusMillis(12));
  }

  static OrderBookDepth depth(Symbol symbol, int n, DepthKind kind) {
    long first = 500_000L + 10L * n;
    return new OrderBookDepth(
        symbol,
        kind,
        first,
        first + 9,
        kind == DepthKind.DIFF ? first - 1 : null,
        List.of(
            new PriceLevel(PRICE, TINY),
            new PriceLevel(new BigDecimal("64990.80"), BigDecimal.ZERO)),
        List.of(new PriceLevel(new BigDecimal("64991.00"), new BigDecimal("3.000"))),
        kind == DepthKind.DIFF ? at(n).minusMillis(2) : null,
        at(n),
        receivedAt(n));
  }

  static OrderBookDepth depth(Symbol symbol, int n) {
    return depth(symbol, n, n % 2 == 0 ? DepthKind.DIFF : DepthKind.PARTIAL);
  }

  static MarkPrice markPrice(Symbol symbol, int n) {
    boolean perpetual = n % 2 == 0;
    return new MarkPrice(
        symbol,
        PRICE,
        new BigDecimal("64988.12345678"),
        perpetual ? new BigDecimal("64970.5") : null,
        perpetual ? TINY : null,
        perpetual ? BASE.plusSeconds(3600) : null,
        at(n),
        receivedAt(n));
  }

  static FundingRate fundingRate(Symbol symbol, int n) {
    return fundingRate(symbol, n, at(n).minusSeconds(1), TINY);
  }

  static FundingRate fundingRate(Symbol symbol, int n, Instant eventTime, BigDecimal rate) {
    return new FundingRate(
        symbol, at(n), rate, n % 2 == 0 ? PRICE : null, eventTime, eventTime.plusMillis(20));
  }

  static Ticker ticker(Symbol symbol, int n, boolean mini) {
    return new Ticker(
        symbol,
        mini,
        new BigDecimal("63000.10"),
        new BigDecimal("65500.00"),
        new BigDecimal("62900.00"),
        PRICE,
        new BigDecimal("123456.789"),
        new BigDecimal("8012345678.12"),
        mini ? null : new BigDecimal("1990.80"),
        mini ? null : new BigDecimal("3.160"),
        mini ? null : new BigDecimal("64001.23"),
        mini ? null : TINY,
        mini ? null : at(n).minusSeconds(86_400),
        mini ? null : at(n),
        mini ? null : 100L + n,
        mini ? null : 900L + n,
        mini ? null : 801L,
        at(n),
        receivedAt(n));
  }

  static Ticker ticker(Symbol symbol, int n) {
    return ticker(symbol, n, n % 2 == 1);
  }

  static BookTicker bookTicker(Symbol symbol, int n) {
    return new BookTicker(
        symbol,
        880_000_000L + n,
        PRICE,
        TINY,
        new BigDecimal("64991.00"),
        new BigDecimal("1.5"),
        n % 2 == 0 ? at(n).minusMillis(1) : null,
        at(n),
        receivedAt(n));
  }

  static Liquidation liquidation(Symbol symbol, int n, Side side) {
    return new Liquidation(
        symbol,
        side,
        "LIMIT",
        n % 2 == 0 ? "IOC" : null,
        TINY,
        PRICE,
        new BigDecimal("64990.95"),
        "FILLED",
        TINY,
        new BigDecimal("0.00000003"),
        at(n),
        at(n).plusMillis(3),
        receivedAt(n));
  }

  static Liquidation liquidation(Symbol symbol, int n) {
    return liquidation(symbol, n, n % 2 == 0 ? Side.SELL : Side.BUY);
  }
}
