package com.mdm.adapter.out.binance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The {@link ExchangeHistoryClient} on the Binance USD-M REST API. Klines, mark-price klines and
 * funding rates are paged by time; aggregate trades by {@code fromId}, the first id being found
 * with a {@code startTime}/{@code endTime} window shorter than an hour. One method call is one
 * request (plus its retries), so the caller checkpoints after each.
 */
public final class BinanceExchangeHistoryClient implements ExchangeHistoryClient, AutoCloseable {

  /** The source name in lineage records. */
  public static final String SOURCE = "binance-rest";

  private final BinanceRestSettings settings;
  private final HttpClient http;
  private final HistoryFetcher fetcher;

  public BinanceExchangeHistoryClient(BinanceRestSettings settings) {
    this(
        settings,
        HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build(),
        Clock.systemUTC(),
        Sleeper.SYSTEM,
        ThreadLocalRandom.current());
  }

  BinanceExchangeHistoryClient(
      BinanceRestSettings settings,
      HttpClient http,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.http = http;
    ObjectMapper json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    this.fetcher =
        new HistoryFetcher(
            new BinanceRestCaller(
                settings,
                http,
                new RateLimiter(settings, clock, sleeper),
                new Backoff(settings.backoffBase(), settings.backoffMax(), random),
                sleeper,
                clock,
                json),
            clock);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String endpoint(BackfillDataType dataType) {
    return endpointOf(dataType).path();
  }

  @Override
  public HistoryPage<Candle> candles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return fetcher.byTime(
        Endpoint.KLINES,
        klineQuery(symbol, timeframe),
        settings.klinesPageSize(),
        from,
        end,
        timeframe::nextOpen,
        (rows, fetched) -> BinanceRestMapper.candles(rows, symbol, timeframe, fetched));
  }

  @Override
  public HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return fetcher.byTime(
        Endpoint.MARK_PRICE_KLINES,
        klineQuery(symbol, timeframe),
        settings.klinesPageSize(),
        from,
        end,
        timeframe::nextOpen,
        (rows, fetched) -> BinanceRestMapper.markPriceCandles(rows, symbol, timeframe, fetched));
  }

  @Override
  public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", symbol.value());
    return fetcher.byTime(
        Endpoint.FUNDING_RATE,
        query,
        settings.fundingPageSize(),
        from,
        end,
        time -> time.plusMillis(1),
        (rows, fetched) -> BinanceRestMapper.fundingRates(rows, symbol, fetched));
  }

  @Override
  public HistoryPage<AggregateTrade> aggregateTrades(
      Symbol symbol, HistoryCursor from, Instant end) {
    Objects.requireNonNull(from, "from must not be null");
    if (!from.time().isBefore(end)) {
      return new HistoryPage<>(List.of(), null);
    }
    int limit = settings.aggTradesPageSize();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", symbol.value());
    Instant windowEnd = null;
    if (from.fromId() != null) {
      query.put("fromId", Long.toString(from.fromId()));
    } else {
      windowEnd = TradePaging.windowEnd(from.time(), end);
      query.put("startTime", HistoryFetcher.millis(from.time()));
      query.put("endTime", HistoryFetcher.millis(windowEnd));
    }
    query.put("limit", Integer.toString(limit));
    List<AggregateTrade> fetched =
        fetcher.fetch(
            Endpoint.AGG_TRADES,
            query,
            limit,
            (rows, at) -> BinanceRestMapper.aggregateTrades(rows, symbol, at));
    List<AggregateTrade> inRange =
        fetched.stream().filter(trade -> trade.tradeTime().isBefore(end)).toList();
    return new HistoryPage<>(inRange, TradePaging.next(fetched, inRange, limit, windowEnd, end));
  }

  @Override
  public void close() {
    http.close();
  }

  private static Map<String, String> klineQuery(Symbol symbol, Timeframe timeframe) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("symbol", symbol.value());
    query.put("interval", timeframe.code());
    return query;
  }

  private static Endpoint endpointOf(BackfillDataType dataType) {
    return switch (dataType) {
      case CANDLES -> Endpoint.KLINES;
      case MARK_PRICE_CANDLES -> Endpoint.MARK_PRICE_KLINES;
      case AGG_TRADES -> Endpoint.AGG_TRADES;
      case FUNDING_RATES -> Endpoint.FUNDING_RATE;
    };
  }
}
