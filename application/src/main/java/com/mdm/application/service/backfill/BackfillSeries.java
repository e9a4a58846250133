package com.mdm.application.service.backfill;

import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import java.util.Optional;

/** Which stored series a backfill data type fills, and which series types can be backfilled. */
final class BackfillSeries {

  private BackfillSeries() {}

  static SeriesKey of(BackfillJob job) {
    return switch (job.dataType()) {
      case CANDLES -> SeriesKey.candles(job.symbol(), job.timeframe());
      case MARK_PRICE_CANDLES -> SeriesKey.markPriceCandles(job.symbol(), job.timeframe());
      case AGG_TRADES -> SeriesKey.of(SeriesType.AGG_TRADES, job.symbol());
      case FUNDING_RATES -> SeriesKey.of(SeriesType.FUNDING_RATES, job.symbol());
    };
  }

  /** The data type that refills a series of {@code type}; empty when REST has no history of it. */
  static Optional<BackfillDataType> dataTypeOf(SeriesType type) {
    return switch (type) {
      case CANDLES -> Optional.of(BackfillDataType.CANDLES);
      case MARK_PRICE_CANDLES -> Optional.of(BackfillDataType.MARK_PRICE_CANDLES);
      case AGG_TRADES -> Optional.of(BackfillDataType.AGG_TRADES);
      case FUNDING_RATES -> Optional.of(BackfillDataType.FUNDING_RATES);
      case TRADES, DEPTH, MARK_PRICES, TICKERS, BOOK_TICKERS, LIQUIDATIONS -> Optional.empty();
    };
  }
}
