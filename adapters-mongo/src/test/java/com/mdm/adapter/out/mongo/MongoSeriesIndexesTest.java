package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import org.junit.jupiter.api.Test;

class MongoSeriesIndexesTest {

  @Test
  void collectionNamesParseBackToTheirSeries() {
    Symbol btc = Symbol.of("BTCUSDT");
    assertThat(MongoSeriesIndexes.seriesOf("trades_BTCUSDT"))
        .containsExactly(
            SeriesKey.of(SeriesType.TRADES, btc), SeriesKey.of(SeriesType.AGG_TRADES, btc));
    assertThat(MongoSeriesIndexes.seriesOf("candles_BTCUSDT_210625_1M"))
        .containsExactly(SeriesKey.candles(Symbol.of("BTCUSDT_210625"), Timeframe.MONTH_1));
    assertThat(MongoSeriesIndexes.seriesOf("book_tickers_BTCUSDT"))
        .containsExactly(SeriesKey.of(SeriesType.BOOK_TICKERS, btc));
    assertThat(MongoSeriesIndexes.seriesOf("tickers_BTCUSDT"))
        .containsExactly(SeriesKey.of(SeriesType.TICKERS, btc));
    assertThat(MongoSeriesIndexes.seriesOf("mark_price_candles_BTCUSDT_4h"))
        .containsExactly(SeriesKey.markPriceCandles(btc, Timeframe.HOUR_4));
    assertThat(MongoSeriesIndexes.seriesOf("mark_prices_BTCUSDT"))
        .containsExactly(SeriesKey.of(SeriesType.MARK_PRICES, btc));
    assertThat(MongoSeriesIndexes.seriesOf("funding_rates_ETHUSDT"))
        .containsExactly(SeriesKey.of(SeriesType.FUNDING_RATES, Symbol.of("ETHUSDT")));
  }

  @Test
  void collectionsThatAreNotOursAreLeftAlone() {
    assertThat(MongoSeriesIndexes.seriesOf("system.views")).isEmpty();
    assertThat(MongoSeriesIndexes.seriesOf("trades_btcusdt")).isEmpty();
    assertThat(MongoSeriesIndexes.seriesOf("candles_BTCUSDT_2m")).isEmpty();
    assertThat(MongoSeriesIndexes.seriesOf("candles_BTCUSDT")).isEmpty();
    assertThat(MongoSeriesIndexes.seriesOf("mark_price_candles_BTCUSDT")).isEmpty();
    assertThat(MongoSeriesIndexes.seriesOf("users")).isEmpty();
  }
}
