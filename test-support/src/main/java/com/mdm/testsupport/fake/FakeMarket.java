package com.mdm.testsupport.fake;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.testsupport.StubMarket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The market {@link FakeExchangeHistoryClient} serves, laid out as {@link StubMarket} lays out the
 * Binance stub's: closed klines on every timeframe, a funding rate every eight hours, the tape of
 * aggregate trades from {@link StubMarket#TAPE_START}; flat prices of {@code 100.5}.
 */
public final class FakeMarket {

  private static final BigDecimal PRICE = new BigDecimal("100.5");
  private static final Ohlc FLAT = new Ohlc(PRICE, PRICE, PRICE, PRICE);

  private FakeMarket() {}

  /** The closed candle opening at {@code open}, received the millisecond it closed. */
  public static Candle candle(Symbol symbol, Timeframe timeframe, Instant open) {
    Instant close = timeframe.nextOpen(open).minusMillis(1);
    return new Candle(
        symbol,
        timeframe,
        open,
        close,
        FLAT,
        BigDecimal.ONE,
        BigDecimal.TEN,
        1,
        BigDecimal.ONE,
        BigDecimal.TEN,
        true,
        close.plusMillis(1),
        close.plusMillis(1));
  }

  /** The closed mark-price candle opening at {@code open}. */
  public static MarkPriceCandle markPriceCandle(Symbol symbol, Timeframe timeframe, Instant open) {
    Instant close = timeframe.nextOpen(open).minusMillis(1);
    return new MarkPriceCandle(
        symbol, timeframe, open, close, FLAT, true, close.plusMillis(1), close.plusMillis(1));
  }

  /** The funding rate settled at {@code fundingTime}. */
  public static FundingRate fundingRate(Symbol symbol, Instant fundingTime) {
    return new FundingRate(
        symbol, fundingTime, new BigDecimal("0.00010000"), PRICE, fundingTime, fundingTime);
  }

  /** Aggregate trade {@code id} of the tape, at {@link StubMarket#tradeTime}. */
  public static AggregateTrade aggregateTrade(Symbol symbol, long id) {
    Instant time = Instant.ofEpochMilli(StubMarket.tradeTime(id));
    return new AggregateTrade(
        symbol, id, PRICE, BigDecimal.ONE, id * 3, id * 3, id % 2 == 0, time, time, time);
  }

  /** The first id of the tape traded at or after {@code time}. */
  static long firstTradeAtOrAfter(Instant time) {
    long sinceStart = time.toEpochMilli() - StubMarket.TAPE_START.toEpochMilli();
    return StubMarket.FIRST_TRADE_ID
        + Math.max(0, Math.ceilDiv(sinceStart, StubMarket.TRADE_SPACING.toMillis()));
  }

  /** The first open of {@code timeframe} at or after {@code time}, on the epoch's grid. */
  static Instant firstOpenAtOrAfter(Timeframe timeframe, Instant time) {
    if (timeframe == Timeframe.MONTH_1) {
      ZonedDateTime month =
          time.atZone(ZoneOffset.UTC).withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
      return month.toInstant().isBefore(time) ? month.plusMonths(1).toInstant() : month.toInstant();
    }
    return onGrid(time, timeframe.duration().toMillis());
  }

  /** The first multiple of {@code stepMillis} since the epoch at or after {@code time}. */
  static Instant onGrid(Instant time, long stepMillis) {
    return Instant.ofEpochMilli(Math.ceilDiv(time.toEpochMilli(), stepMillis) * stepMillis);
  }
}
