package com.mdm.adapter.in.http;

import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.in.CandleQuery;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.in.SeriesQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /data/...}: pages of stored market data, candles of any period. */
final class DataRoutes {

  static final String PAIR =
      "Symbol, e.g. BTCUSDT: one of SUPPORTED_PAIRS or any pair the catalog lists";

  static final String NO_DATA =
      "No data stored for the pair: neither in SUPPORTED_PAIRS nor listed in the catalog";

  private static final Map<Integer, String> PAGE =
      Map.of(200, "One page, with nextCursor", 404, NO_DATA);

  private final QueryMarketDataUseCase marketData;
  private final QueryDeadline deadline;
  private final ServedCoverage coverage;

  DataRoutes(
      QueryMarketDataUseCase marketData, QueryCoverageUseCase coverage, QueryDeadline deadline) {
    this.marketData = marketData;
    this.deadline = deadline;
    this.coverage = new ServedCoverage(coverage, deadline);
  }

  List<Route> routes() {
    return List.of(
        Route.get(
            "/data/candles",
            "candles",
            "data",
            "Candles of any period: stored, or rolled up on the server from a finer stored period"
                + " (derived: true); incomplete candles are flagged",
            SeriesParams.of(
                Param.query("period", "Candle period: " + Timeframe.codes()).mandatory()),
            PAGE,
            this::candles),
        Route.get(
            "/data/trades",
            "trades",
            "data",
            "Trades or aggregate trades, by trade time",
            SeriesParams.of(
                Param.query("type", "trade (default) or aggTrade")
                    .oneOf(List.of("trade", "aggTrade"))),
            PAGE,
            this::trades),
        Route.get(
            "/data/depth",
            "depth",
            "data",
            "Order-book depth events (diff and partial), by event time; with at, the latest"
                + " events at or before that time",
            SeriesParams.of(
                Param.query(
                    "at",
                    "Latest depth at or before this time (newest first, default limit 1); not with"
                        + " end or order")),
            PAGE,
            this::depth),
        series(
            "/data/funding", "funding", SeriesType.FUNDING_RATES, "Funding rates, by funding time"),
        series(
            "/data/mark-price", "markPrice", SeriesType.MARK_PRICES, "Mark prices, by event time"),
        series("/data/tickers", "tickers", SeriesType.TICKERS, "24-hour tickers (full and mini)"),
        series("/data/book-ticker", "bookTicker", SeriesType.BOOK_TICKERS, "Best bid and ask"),
        series(
            "/data/liquidations",
            "liquidations",
            SeriesType.LIQUIDATIONS,
            "Liquidation orders, by trade time"));
  }

  private Route series(String path, String operationId, SeriesType type, String summary) {
    return Route.get(
        path,
        operationId,
        "data",
        summary,
        SeriesParams.of(),
        PAGE,
        ctx -> series(ctx, type, null, null));
  }

  private void trades(Context ctx) {
    String type = Params.text(ctx, "type");
    if (type == null || type.equals("trade")) {
      series(ctx, SeriesType.TRADES, null, null);
    } else if (type.equals("aggTrade")) {
      series(ctx, SeriesType.AGG_TRADES, null, null);
    } else {
      throw new InvalidRequestException(
          "type", "type '" + Params.abbreviate(type) + "' is invalid: expected trade or aggTrade");
    }
  }

  private void depth(Context ctx) {
    Instant at = Params.time(ctx, "at");
    if (at == null) {
      series(ctx, SeriesType.DEPTH, null, null);
      return;
    }
    for (String excluded : List.of("end", "order")) {
      if (Params.text(ctx, excluded) != null) {
        throw new InvalidRequestException(excluded, excluded + " cannot be combined with at");
      }
    }
    Integer limit = Params.integer(ctx, "limit");
    series(ctx, SeriesType.DEPTH, at.plusMillis(1), limit == null ? 1 : limit);
  }

  /** With {@code atEnd}, the page ends there, newest first: the state at that time. */
  private void series(Context ctx, SeriesType type, Instant atEnd, Integer atLimit) {
    Symbol pair = Params.requiredPair(ctx);
    SeriesKey key = SeriesKey.of(type, pair);
    SortOrder order = atEnd == null ? Params.order(ctx) : SortOrder.DESCENDING;
    SeriesQuery query =
        new SeriesQuery(
            key,
            Params.time(ctx, "start"),
            atEnd == null ? Params.time(ctx, "end") : atEnd,
            atEnd == null ? Params.integer(ctx, "limit") : atLimit,
            order,
            Params.text(ctx, "cursor"));
    boolean origin = Params.flag(ctx, "origin");
    SeriesPage<MarketEvent> page = deadline.call(() -> marketData.series(query));
    List<?> data = page.records();
    if (origin) {
      List<RecordOrigin> origins = deadline.call(() -> marketData.origins(key, page.records()));
      data = OriginJson.withOrigins(page.records(), origins);
    }
    List<Instant> times = page.records().stream().map(MarketEvent::seriesTime).toList();
    var served =
        coverage.of(ctx, key, query.start(), query.end(), order, times, page.nextCursor() != null);
    if (served != null) {
      AnswerJson.write(ctx, 200, DataPage.of(key, order, null, served, data, page.nextCursor()));
    }
  }

  private void candles(Context ctx) {
    Symbol pair = Params.requiredPair(ctx);
    String code = Params.requiredText(ctx, "period");
    Timeframe period = Params.timeframe("period", code);
    SortOrder order = Params.order(ctx);
    CandleQuery query =
        new CandleQuery(
            pair,
            period,
            Params.time(ctx, "start"),
            Params.time(ctx, "end"),
            Params.integer(ctx, "limit"),
            order,
            Params.text(ctx, "cursor"));
    boolean origin = Params.flag(ctx, "origin");
    CandlePage page = deadline.call(() -> marketData.candles(query));
    Timeframe source = page.sourceTimeframe();
    List<?> data = page.candles();
    if (origin) {
      // a rolled-up candle has no origin of its own: its finer candles have theirs
      List<RecordOrigin> origins =
          page.derived()
              ? java.util.Collections.nCopies(page.candles().size(), null)
              : deadline.call(
                  () ->
                      marketData.origins(
                          SeriesKey.candles(pair, period),
                          page.candles().stream().map(CandleBar::candle).toList()));
      data = OriginJson.withOrigins(page.candles(), origins);
    }
    var candles =
        new DataPage.CandleSource(
            period.code(), page.derived(), source == null ? null : source.code());
    var served = coverage.ofCandles(ctx, pair, period, query, page);
    if (served != null) {
      AnswerJson.write(
          ctx,
          200,
          DataPage.of(
              SeriesKey.candles(pair, period), order, candles, served, data, page.nextCursor()));
    }
  }
}
