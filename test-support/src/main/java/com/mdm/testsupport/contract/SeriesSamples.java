package com.mdm.testsupport.contract;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.BookTicker;
import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.Liquidation;
import com.mdm.domain.market.MarkPrice;
import com.mdm.domain.market.OrderBookDepth;
import com.mdm.domain.market.PriceLevel;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Ticker;
import com.mdm.domain.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Made-up records for the tests. Record number {@code n} of a series has its series time {@code n}
 * seconds after {@link #BASE} and natural ids derived from {@code n}; prices use {@link #PRICE} and
 * small quantities {@link #TINY}, whose scales must survive storage.
 */
public final class SeriesSamples {

  public static final Instant BASE = Instant.parse("2031-03-04T05:06:07.089Z");
  public static final BigDecimal PRICE = new BigDecimal("64990.90");
  public static final BigDecimal TINY = new BigDecimal("0.00000001");

  private SeriesSamples() {}

  /** A symbol no other test uses, so tests of one class can share a database. */
  public static Symbol freshSymbol() {
    return Symbol.of(
        "T"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 12)
                .toUpperCase(Locale.ROOT));
  }

  public static Instant at(int n) {
    return BASE.plusSeconds(n);
  }

  public static Instant receivedAt(int n) {
    return at(n).plusMillis(317);
  }

  public static Trade trade(Symbol symbol, int n) {
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

  public static AggregateTrade aggregateTrade(Symbol symbol, int n) {
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

  public static OrderBookDepth depth(Symbol symbol, int n, DepthKind kind) {
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

  public static OrderBookDepth depth(Symbol symbol, int n) {
    return depth(symbol, n, n % 2 == 0 ? DepthKind.DIFF : DepthKind.PARTIAL);
  }

  public static MarkPrice markPrice(Symbol symbol, int n) {
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

  public static FundingRate fundingRate(Symbol symbol, int n) {
    return fundingRate(symbol, n, at(n).minusSeconds(1), TINY);
  }

  /**
   * Funding rate 8 as announced three times, each announcement later than the one before: the order
   * in which a store must let them replace each other.
   */
  public static List<FundingRate> fundingRateVersions(Symbol symbol) {
    return List.of(
        fundingRate(symbol, 8, at(8).minusSeconds(60), new BigDecimal("0.00010000")),
        fundingRate(symbol, 8, at(8).minusSeconds(30), new BigDecimal("0.00012000")),
        fundingRate(symbol, 8, at(8).minusSeconds(10), new BigDecimal("0.00003000")));
  }

  public static FundingRate fundingRate(Symbol symbol, int n, Instant eventTime, BigDecimal rate) {
    return new FundingRate(
        symbol, at(n), rate, n % 2 == 0 ? PRICE : null, eventTime, eventTime.plusMillis(20));
  }

  public static Ticker ticker(Symbol symbol, int n, boolean mini) {
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

  public static Ticker ticker(Symbol symbol, int n) {
    return ticker(symbol, n, n % 2 == 1);
  }

  public static BookTicker bookTicker(Symbol symbol, int n) {
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

  public static Liquidation liquidation(Symbol symbol, int n, Side side) {
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

  public static Liquidation liquidation(Symbol symbol, int n) {
    return liquidation(symbol, n, n % 2 == 0 ? Side.SELL : Side.BUY);
  }
}
