package com.mdm.testsupport.fake;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.testsupport.StubMarket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An exchange serving the history of {@link FakeMarket} at once, {@code pageSize} records a call,
 * paged as the Binance client pages: klines and funding by time, aggregate trades by id once the
 * first is found. Named {@code fake-rest}; it never waits and never fails.
 */
public final class FakeExchangeHistoryClient implements ExchangeHistoryClient {

  private final int pageSize;

  public FakeExchangeHistoryClient(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1 but was " + pageSize);
    }
    this.pageSize = pageSize;
  }

  @Override
  public String source() {
    return "fake-rest";
  }

  @Override
  public String endpoint(BackfillDataType dataType) {
    return "/fake/" + dataType.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public HistoryPage<Candle> candles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return klines(timeframe, from, end, open -> FakeMarket.candle(symbol, timeframe, open));
  }

  @Override
  public HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return klines(
        timeframe, from, end, open -> FakeMarket.markPriceCandle(symbol, timeframe, open));
  }

  @Override
  public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
    return byTime(
        FakeMarket.onGrid(from.time(), StubMarket.FUNDING_INTERVAL.toMillis()),
        end,
        time -> time.plus(StubMarket.FUNDING_INTERVAL),
        time -> FakeMarket.fundingRate(symbol, time));
  }

  @Override
  public HistoryPage<AggregateTrade> aggregateTrades(
      Symbol symbol, HistoryCursor from, Instant end) {
    Objects.requireNonNull(end, "end must not be null");
    long id =
        from.fromId() == null
            ? FakeMarket.firstTradeAtOrAfter(from.time())
            : Math.max(from.fromId(), StubMarket.FIRST_TRADE_ID);
    List<AggregateTrade> trades = new ArrayList<>();
    while (trades.size() < pageSize
        && FakeMarket.aggregateTrade(symbol, id).tradeTime().isBefore(end)) {
      trades.add(FakeMarket.aggregateTrade(symbol, id++));
    }
    boolean more = FakeMarket.aggregateTrade(symbol, id).tradeTime().isBefore(end);
    return new HistoryPage<>(
        trades,
        more && !trades.isEmpty() ? new HistoryCursor(trades.getLast().tradeTime(), id) : null);
  }

  private <T extends MarketEvent> HistoryPage<T> klines(
      Timeframe timeframe, HistoryCursor from, Instant end, Function<Instant, T> openingAt) {
    return byTime(
        FakeMarket.firstOpenAtOrAfter(timeframe, from.time()), end, timeframe::nextOpen, openingAt);
  }

  /**
   * Records from {@code first} on, one at each time {@code following} gives, before {@code end}.
   */
  private <T extends MarketEvent> HistoryPage<T> byTime(
      Instant first, Instant end, UnaryOperator<Instant> following, Function<Instant, T> at) {
    Objects.requireNonNull(end, "end must not be null");
    List<T> records = new ArrayList<>();
    Instant time = first;
    while (time.isBefore(end) && records.size() < pageSize) {
      records.add(at.apply(time));
      time = following.apply(time);
    }
    return new HistoryPage<>(records, time.isBefore(end) ? HistoryCursor.at(time) : null);
  }
}
