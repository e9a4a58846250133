package com.mdm.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.Ohlc;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.port.out.WriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoMarkPriceCandleRepositoryIT extends SeriesRepositoryContract<MarkPriceCandle> {

  @Override
  protected SeriesType type() {
    return SeriesType.MARK_PRICE_CANDLES;
  }

  @Override
  protected SeriesKey key(Symbol symbol) {
    return SeriesKey.markPriceCandles(symbol, Timeframe.HOUR_1);
  }

  @Override
  protected Class<MarkPriceCandle> recordType() {
    return MarkPriceCandle.class;
  }

  @Override
  protected MarkPriceCandle record(Symbol symbol, int n) {
    return Samples.markPriceCandle(symbol, n);
  }

  @Override
  protected String priceField() {
    return "open";
  }

  @Override
  protected String tinyField() {
    return "low";
  }

  @Override
  protected String timeField() {
    return "openTime";
  }

  @Test
  void givenCandleFetchedWhileOpen_whenFetchedAgainClosed_thenTheClosedOneReplacesIt()
      throws Exception {
    MarkPriceCandle open = Samples.markPriceCandle(symbol, 1);
    MarkPriceCandle closed =
        new MarkPriceCandle(
            open.symbol(),
            open.timeframe(),
            open.openTime(),
            open.closeTime(),
            new Ohlc(open.open(), open.high(), open.low(), open.close()),
            true,
            open.closeTime().plusMillis(1),
            open.closeTime().plusSeconds(5));
    save(List.of(open));

    assertThat(save(List.of(closed))).isEqualTo(new WriteResult(1, 0));
    assertThat(save(List.of(open))).isEqualTo(new WriteResult(0, 1));
    assertThat(all()).containsExactly(closed);
  }
}
