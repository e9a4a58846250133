package com.mdm.application.service.marketdata;

import static com.mdm.application.service.marketdata.Samples.BTC;
import static com.mdm.application.service.marketdata.Samples.candles;
import static com.mdm.application.service.marketdata.Samples.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.application.service.catalog.PairCatalog;
import com.mdm.application.service.catalog.ReadablePairs;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.SortOrder;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.in.CandleBar;
import com.mdm.domain.port.in.CandlePage;
import com.mdm.domain.port.in.CandleQuery;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.NoDataStoredException;
import com.mdm.domain.port.in.SeriesPage;
import com.mdm.domain.port.in.SeriesQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QueryMarketDataServiceTest {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final SeriesKey TRADES = SeriesKey.of(SeriesType.TRADES, BTC);

  private final TiesInAnyOrder store = new TiesInAnyOrder();
  private final PairCatalog catalog = new PairCatalog();

  private QueryMarketDataService service(QueryLimits limits) {
    return new QueryMarketDataService(
        store, limits, new ReadablePairs(catalog, Set.of(BTC), false, CLOCK), CLOCK);
  }

  private final QueryMarketDataService service = service(QueryLimits.defaults());

  @Test
  void givenAPairNeitherSupportedNorCataloged_whenQueried_thenNoDataIsStoredForIt() {
    SeriesQuery trades = tradesOf(Symbol.of("DOGEUSDT"));
    CandleQuery candles =
        new CandleQuery(
            Symbol.of("DOGEUSDT"), Timeframe.MINUTE_1, null, null, null, SortOrder.ASCENDING, null);

    assertThatThrownBy(() -> service.series(trades))
        .isInstanceOf(NoDataStoredException.class)
        .hasMessage("no data stored for pair DOGEUSDT");
    assertThatThrownBy(() -> service.candles(candles))
        .isInstanceOf(NoDataStoredException.class)
        .hasMessage("no data stored for pair DOGEUSDT");
  }

  @Test
  void givenAPairOutsideTheSupportedOnesInTheCatalog_whenQueried_thenItsStoredDataIsServed() {
    Symbol sushi = Symbol.of("SUSHIUSDT");
    catalog.register(sushi);
    store.add(List.of(trade(sushi, 1, T0)));

    SeriesPage<MarketEvent> page = service.series(tradesOf(sushi));

    assertThat(page.records()).hasSize(1);
  }

  @Test
  void givenAnUnknownPairAndABadLimit_whenQueried_thenTheLimitIsRefusedFirst() {
    SeriesQuery query =
        new SeriesQuery(
            SeriesKey.of(SeriesType.TRADES, Symbol.of("DOGEUSDT")),
            null,
            null,
            0,
            SortOrder.ASCENDING,
            null);

    assertThatThrownBy(() -> service.series(query))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
  }

  private static SeriesQuery tradesOf(Symbol symbol) {
    return new SeriesQuery(
        SeriesKey.of(SeriesType.TRADES, symbol), null, null, null, SortOrder.ASCENDING, null);
  }

  @Test
  void aStartAfterTheEndIsRefusedNamingTheStart() {
    SeriesQuery query =
        new SeriesQuery(TRADES, T0.plusSeconds(1), T0, null, SortOrder.ASCENDING, null);

    assertThatThrownBy(() -> service.series(query))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("start"));
  }

  @Test
  void aLimitAboveTheConfiguredMaximumIsRefused() {
    QueryMarketDataService small = service(new QueryLimits(10, 50, 1000));

    for (int limit : new int[] {0, 51}) {
      SeriesQuery query = new SeriesQuery(TRADES, null, null, limit, SortOrder.ASCENDING, null);
      assertThatThrownBy(() -> small.series(query))
          .isInstanceOfSatisfying(
              InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("limit"))
          .hasMessageContaining("between 1 and 50");
    }
  }

  @Test
  void withoutALimitThePageHasTheDefaultSize() {
    store.add(LongStream.range(0, 30).mapToObj(i -> trade(i, T0.plusMillis(i))).toList());
    QueryMarketDataService small = service(new QueryLimits(10, 50, 1000));

    SeriesPage<MarketEvent> page =
        small.series(new SeriesQuery(TRADES, null, null, null, SortOrder.ASCENDING, null));

    assertThat(page.records()).hasSize(10);
    assertThat(page.nextCursor()).isNotNull();
  }

  @Test
  void aCursorOutsideTheRequestedRangeIsRefused() {
    store.add(List.of(trade(1, T0), trade(2, T0.plusSeconds(10)), trade(3, T0.plusSeconds(20))));
    SeriesPage<MarketEvent> first =
        service.series(new SeriesQuery(TRADES, null, null, 1, SortOrder.ASCENDING, null));

    SeriesQuery later =
        new SeriesQuery(
            TRADES, T0.plusSeconds(5), null, 1, SortOrder.ASCENDING, first.nextCursor());

    assertThatThrownBy(() -> service.series(later))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
  }

  @Test
  void candlesComeFromTheStoredTimeframeWhenItExists() {
    store.add(candles(Timeframe.HOUR_4, T0, 6));
    store.add(candles(Timeframe.MINUTE_1, T0, 480));

    CandlePage page = service.candles(query(Timeframe.HOUR_4, 100, SortOrder.ASCENDING, null));

    assertThat(page.derived()).isFalse();
    assertThat(page.sourceTimeframe()).isEqualTo(Timeframe.HOUR_4);
    assertThat(page.candles()).hasSize(6);
  }

  @Test
  void candlesOfATimeframeNotStoredAreRolledUpFromTheCoarsestFinerOne() {
    store.add(candles(Timeframe.MINUTE_1, T0, 480));
    store.add(candles(Timeframe.MINUTE_15, T0, 32));

    CandlePage page = service.candles(query(Timeframe.HOUR_4, 100, SortOrder.ASCENDING, null));

    assertThat(page.derived()).isTrue();
    assertThat(page.sourceTimeframe()).isEqualTo(Timeframe.MINUTE_15);
    assertThat(page.candles()).hasSize(2);
    assertThat(page.candles()).noneMatch(CandleBar::incomplete);
  }

  @Test
  void derivedCandlesPageThroughEveryBucketOnceInBothOrders() {
    List<Candle> minutes = new ArrayList<>(candles(Timeframe.MINUTE_1, T0, 60 * 24));
    minutes.removeIf(candle -> candle.openTime().equals(T0.plusSeconds(5 * 3600 + 60)));
    store.add(minutes);
    List<CandleBar> all =
        service.candles(query(Timeframe.HOUR_1, 1000, SortOrder.ASCENDING, null)).candles();

    assertThat(all).hasSize(24);
    assertThat(all.stream().filter(CandleBar::incomplete).map(bar -> bar.candle().openTime()))
        .containsExactly(T0.plusSeconds(5 * 3600));
    for (int limit = 1; limit <= 7; limit++) {
      assertThat(pageAll(Timeframe.HOUR_1, limit, SortOrder.ASCENDING)).isEqualTo(all);
      assertThat(pageAll(Timeframe.HOUR_1, limit, SortOrder.DESCENDING)).isEqualTo(all.reversed());
    }
  }

  @Test
  void aRollUpPageEndsEarlyAtABucketBoundaryOnceItsReadBudgetIsSpent() {
    store.add(candles(Timeframe.MINUTE_1, T0, 60 * 10));
    QueryMarketDataService budgeted = service(new QueryLimits(100, 1000, 150));

    CandlePage first = budgeted.candles(query(Timeframe.HOUR_1, 100, SortOrder.ASCENDING, null));

    assertThat(first.candles()).hasSize(3);
    assertThat(first.nextCursor()).isNotNull();
    assertThat(first.candles()).noneMatch(CandleBar::incomplete);
  }

  @Test
  void withNoStoredCandlesAtAllThePageIsEmpty() {
    CandlePage page = service.candles(query(Timeframe.HOUR_4, 100, SortOrder.ASCENDING, null));

    assertThat(page.candles()).isEmpty();
    assertThat(page.derived()).isFalse();
    assertThat(page.nextCursor()).isNull();
  }

  private List<CandleBar> pageAll(Timeframe timeframe, int limit, SortOrder order) {
    List<CandleBar> all = new ArrayList<>();
    String cursor = null;
    do {
      CandlePage page = service.candles(query(timeframe, limit, order, cursor));
      assertThat(page.candles().size()).isLessThanOrEqualTo(limit);
      all.addAll(page.candles());
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }

  private static CandleQuery query(Timeframe timeframe, int limit, SortOrder order, String cursor) {
    return new CandleQuery(BTC, timeframe, null, null, limit, order, cursor);
  }
}
