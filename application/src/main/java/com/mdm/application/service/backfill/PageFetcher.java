package com.mdm.application.service.backfill;

import com.mdm.domain.market.AggregateTrade;
import com.mdm.domain.market.Candle;
import com.mdm.domain.market.FundingRate;
import com.mdm.domain.market.MarkPriceCandle;
import com.mdm.domain.market.MarketEvent;
import com.mdm.domain.market.RecordOrigin;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.HistoryCursor;
import com.mdm.domain.port.out.HistoryPage;
import com.mdm.domain.port.out.SeriesRepository;
import com.mdm.domain.port.out.SeriesStore;
import com.mdm.domain.port.out.WriteResult;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one page of a job's series from the exchange and writes it through the same idempotent
 * repository the live path uses, so records already stored count as duplicates.
 */
final class PageFetcher {

  /** One stored page: records fetched, what the store made of them, and the next cursor. */
  record StoredPage(int fetched, WriteResult written, HistoryCursor next) {}

  private final ExchangeHistoryClient exchange;
  private final SeriesStore series;
  private final Duration writeTimeout;

  PageFetcher(ExchangeHistoryClient exchange, SeriesStore series, Duration writeTimeout) {
    this.exchange = exchange;
    this.series = series;
    this.writeTimeout = writeTimeout;
  }

  StoredPage fetchAndStore(BackfillJob job, HistoryCursor cursor)
      throws InterruptedException, ExecutionException, TimeoutException {
    return switch (job.dataType()) {
      case CANDLES ->
          store(
              exchange.candles(job.symbol(), job.timeframe(), cursor, job.endTime()),
              series.repository(SeriesType.CANDLES, Candle.class),
              job);
      case MARK_PRICE_CANDLES ->
          store(
              exchange.markPriceCandles(job.symbol(), job.timeframe(), cursor, job.endTime()),
              series.repository(SeriesType.MARK_PRICE_CANDLES, MarkPriceCandle.class),
              job);
      case AGG_TRADES ->
          store(
              exchange.aggregateTrades(job.symbol(), cursor, job.endTime()),
              series.repository(SeriesType.AGG_TRADES, AggregateTrade.class),
              job);
      case FUNDING_RATES ->
          store(
              exchange.fundingRates(job.symbol(), cursor, job.endTime()),
              series.repository(SeriesType.FUNDING_RATES, FundingRate.class),
              job);
    };
  }

  private <T extends MarketEvent> StoredPage store(
      HistoryPage<T> page, SeriesRepository<T> repository, BackfillJob job)
      throws InterruptedException, ExecutionException, TimeoutException {
    WriteResult written =
        page.records().isEmpty()
            ? WriteResult.empty()
            : repository
                .saveAll(
                    page.records(),
                    Collections.nCopies(page.records().size(), RecordOrigin.backfill(job.jobId())))
                .get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    return new StoredPage(page.records().size(), written, page.next());
  }
}
