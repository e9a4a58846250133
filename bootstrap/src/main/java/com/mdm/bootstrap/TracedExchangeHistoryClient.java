package com.mdm.bootstrap;

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
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/** The exchange's history client with a client span around each page a backfill reads. */
final class TracedExchangeHistoryClient implements ExchangeHistoryClient {

  static final AttributeKey<Long> RECORDS = AttributeKey.longKey("mdm.backfill.page.records");

  private final ExchangeHistoryClient delegate;
  private final Tracer tracer;

  TracedExchangeHistoryClient(ExchangeHistoryClient delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
  }

  @Override
  public String source() {
    return delegate.source();
  }

  @Override
  public String endpoint(BackfillDataType dataType) {
    return delegate.endpoint(dataType);
  }

  @Override
  public HistoryPage<Candle> candles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return page(
        BackfillDataType.CANDLES, symbol, () -> delegate.candles(symbol, timeframe, from, end));
  }

  @Override
  public HistoryPage<MarkPriceCandle> markPriceCandles(
      Symbol symbol, Timeframe timeframe, HistoryCursor from, Instant end) {
    return page(
        BackfillDataType.MARK_PRICE_CANDLES,
        symbol,
        () -> delegate.markPriceCandles(symbol, timeframe, from, end));
  }

  @Override
  public HistoryPage<FundingRate> fundingRates(Symbol symbol, HistoryCursor from, Instant end) {
    return page(
        BackfillDataType.FUNDING_RATES, symbol, () -> delegate.fundingRates(symbol, from, end));
  }

  @Override
  public HistoryPage<AggregateTrade> aggregateTrades(
      Symbol symbol, HistoryCursor from, Instant end) {
    return page(
        BackfillDataType.AGG_TRADES, symbol, () -> delegate.aggregateTrades(symbol, from, end));
  }

  private <T extends MarketEvent> HistoryPage<T> page(
      BackfillDataType type, Symbol symbol, Supplier<HistoryPage<T>> read) {
    String endpoint = delegate.endpoint(type);
    Span span =
        tracer
            .spanBuilder("backfill page " + endpoint)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("mdm.backfill.source", delegate.source())
            .setAttribute("mdm.backfill.data_type", type.name().toLowerCase(Locale.ROOT))
            .setAttribute("mdm.symbol", symbol.value())
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      HistoryPage<T> page = read.get();
      span.setAttribute(RECORDS, (long) page.records().size())
          .setAttribute("mdm.backfill.page.exhausted", page.exhausted());
      return page;
    } catch (RuntimeException e) {
      span.recordException(e).setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }
}
