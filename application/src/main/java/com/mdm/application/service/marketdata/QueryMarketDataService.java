package com.mdm.application.service.marketdata;

import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.TimeRange;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.in.CandleQuery;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.in.SeriesQuery;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Serves pages of stored series, and candles of any timeframe, from the series store. */
public final class QueryMarketDataService implements QueryMarketDataUseCase {

  private final SeriesStore series;
  private final QueryLimits limits;
  private final ReadablePairs pairs;
  private final Clock clock;

  /**
   * @param pairs the pairs that may be queried
   */
  public QueryMarketDataService(
      SeriesStore series, QueryLimits limits, ReadablePairs pairs, Clock clock) {
    this.series = Objects.requireNonNull(series, "series must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
    this.pairs = Objects.requireNonNull(pairs, "pairs must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  @Override
  public SeriesPage<MarketEvent> series(SeriesQuery query) {
    SeriesKey key = query.key();
    if (key.type() == SeriesType.CANDLES) {
      throw new InvalidRequestException("type", "candles are served by the candle query");
    }
    TimeRange range = range(query.start(), query.end());
    int limit = limit(query.limit());
    PageCursor after = cursor(query.cursor(), key, query.order(), range);
    pairs.require(key.symbol());
    return page(series.repository(key.type()), key, range, limit, query.order(), after);
  }

  @Override
  public CandlePage candles(CandleQuery query) {
    TimeRange range = range(query.start(), query.end());
    int limit = limit(query.limit());
    SeriesKey stored = SeriesKey.candles(query.symbol(), query.timeframe());
    PageCursor after = cursor(query.cursor(), stored, query.order(), range);
    pairs.require(query.symbol());
    if (exists(stored)) {
      SeriesPage<Candle> page =
          SeriesPager.page(candles(), stored, range, limit, query.order(), after);
      List<CandleBar> bars =
          page.records().stream().map(candle -> new CandleBar(candle, !candle.closed())).toList();
      return new CandlePage(bars, false, query.timeframe(), page.nextCursor());
    }
    for (Timeframe source : CandleBuckets.sourcesFor(query.timeframe())) {
      if (exists(SeriesKey.candles(query.symbol(), source))) {
        Instant afterOpen = after == null ? null : aligned(query.timeframe(), after.time());
        return new DerivedCandlePager(
                candles(),
                query.symbol(),
                query.timeframe(),
                source,
                limits.maxRollupSourceCandles())
            .page(range, limit, query.order(), afterOpen, clock.instant());
      }
    }
    return new CandlePage(List.of(), false, null, null);
  }

  @Override
  public List<RecordOrigin> origins(SeriesKey key, List<? extends MarketEvent> records) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(records, "records must not be null");
    return originsOf(series, key, key.type().recordType(), records);
  }

  /** Every record of a series is of its type's record class. */
  private static <T extends MarketEvent> List<RecordOrigin> originsOf(
      SeriesStore series, SeriesKey key, Class<T> type, List<? extends MarketEvent> records) {
    return series
        .repository(key.type(), type)
        .originsOf(key, records.stream().map(type::cast).toList());
  }

  private static <T extends MarketEvent> SeriesPage<MarketEvent> page(
      SeriesRepository<T> repository,
      SeriesKey key,
      TimeRange range,
      int limit,
      SortOrder order,
      PageCursor after) {
    SeriesPage<T> page = SeriesPager.page(repository, key, range, limit, order, after);
    return new SeriesPage<>(List.copyOf(page.records()), page.nextCursor());
  }

  private boolean exists(SeriesKey key) {
    return !candles().latest(key, 1).isEmpty();
  }

  private SeriesRepository<Candle> candles() {
    return series.repository(SeriesType.CANDLES, Candle.class);
  }

  private static TimeRange range(Instant start, Instant end) {
    Instant from = start == null ? Instant.EPOCH : start;
    Instant to = end == null ? TimeRange.all().to() : end;
    if (from.isAfter(to)) {
      throw new InvalidRequestException("start", "start " + from + " is after end " + to);
    }
    return TimeRange.of(from, to);
  }

  private int limit(Integer requested) {
    if (requested == null) {
      return limits.defaultLimit();
    }
    if (requested < 1 || requested > limits.maxLimit()) {
      throw new InvalidRequestException(
          "limit", "limit must be between 1 and " + limits.maxLimit() + " but was " + requested);
    }
    return requested;
  }

  private static PageCursor cursor(
      String encoded, SeriesKey key, SortOrder order, TimeRange range) {
    if (encoded == null) {
      return null;
    }
    PageCursor cursor = PageCursor.decode(encoded, key.datasetId(), order);
    if (!range.contains(cursor.time())) {
      throw new InvalidRequestException(
          "cursor", "cursor points at " + cursor.time() + ", outside the requested start and end");
    }
    return cursor;
  }

  private static Instant aligned(Timeframe timeframe, Instant open) {
    if (!CandleBuckets.bucketOpen(timeframe, open).equals(open)) {
      throw new InvalidRequestException("cursor", "cursor is not at a " + timeframe + " open time");
    }
    return open;
  }
}
