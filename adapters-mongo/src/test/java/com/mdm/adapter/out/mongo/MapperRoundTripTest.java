package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.DepthKind;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.Side;
import com.mdm.domain.market.Symbol;
import com.mdm.testsupport.contract.KlineSamples;
import com.mdm.testsupport.contract.SeriesSamples;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MapperRoundTripTest {

  private static final Symbol SYMBOL = Symbol.of("XYZUSDT_310627");

  static Stream<Arguments> records() {
    return Stream.of(
        case_(SeriesSamples.trade(SYMBOL, 1), TradeMapper.codec()),
        case_(SeriesSamples.trade(SYMBOL, 3), TradeMapper.codec()),
        case_(SeriesSamples.aggregateTrade(SYMBOL, 2), AggregateTradeMapper.codec()),
        case_(KlineSamples.candle(SYMBOL, 0), CandleMapper.codec()),
        case_(KlineSamples.candle(SYMBOL, 1), CandleMapper.codec()),
        case_(KlineSamples.markPriceCandle(SYMBOL, 0), MarkPriceCandleMapper.codec()),
        case_(KlineSamples.markPriceCandle(SYMBOL, 1), MarkPriceCandleMapper.codec()),
        case_(SeriesSamples.depth(SYMBOL, 2, DepthKind.DIFF), DepthMapper.codec()),
        case_(SeriesSamples.depth(SYMBOL, 2, DepthKind.PARTIAL), DepthMapper.codec()),
        case_(SeriesSamples.markPrice(SYMBOL, 0), MarkPriceMapper.codec()),
        case_(SeriesSamples.markPrice(SYMBOL, 1), MarkPriceMapper.codec()),
        case_(SeriesSamples.fundingRate(SYMBOL, 0), FundingRateMapper.codec()),
        case_(SeriesSamples.fundingRate(SYMBOL, 1), FundingRateMapper.codec()),
        case_(SeriesSamples.ticker(SYMBOL, 0, false), TickerMapper.codec()),
        case_(SeriesSamples.ticker(SYMBOL, 0, true), TickerMapper.codec()),
        case_(SeriesSamples.bookTicker(SYMBOL, 0), BookTickerMapper.codec()),
        case_(SeriesSamples.bookTicker(SYMBOL, 1), BookTickerMapper.codec()),
        case_(SeriesSamples.liquidation(SYMBOL, 0, Side.BUY), LiquidationMapper.codec()),
        case_(SeriesSamples.liquidation(SYMBOL, 1, Side.SELL), LiquidationMapper.codec()));
  }

  private static <T extends MarketEvent> Arguments case_(T record, SeriesCodec<T> codec) {
    return Arguments.of(record.getClass().getSimpleName(), record, codec);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  <T extends MarketEvent> void givenRecord_whenMappedThroughBsonAndBack_thenItIsEqual(
      String name, T record, SeriesCodec<T> codec) {
    Document stored = BsonRoundTrip.of(codec.toDocument().apply(record));

    assertThat(codec.fromDocument().apply(stored)).isEqualTo(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  <T extends MarketEvent> void givenRecord_whenMapped_thenTheDocumentHasTheCommonFields(
      String name, T record, SeriesCodec<T> codec) {
    Document document = codec.toDocument().apply(record);
    Function<java.time.Instant, java.util.Date> date = java.util.Date::from;

    assertThat(codec.type()).isEqualTo(record.seriesKey().type());
    assertThat(document.keySet().iterator().next()).isEqualTo("_id");
    assertThat(document.get("symbol")).isEqualTo(SYMBOL.value());
    assertThat(document.get(codec.timeField())).isEqualTo(date.apply(record.seriesTime()));
    assertThat(document.get("eventTime")).isEqualTo(date.apply(record.eventTime()));
    assertThat(document.get("receivedAt")).isEqualTo(date.apply(record.receivedAt()));
    assertThat(document.values()).doesNotContainNull();
  }
}
