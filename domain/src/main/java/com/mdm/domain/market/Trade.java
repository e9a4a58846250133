package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A single exchange trade ({@code trade} stream), keyed by its trade id {@code t}.
 *
 * @param tradeType Binance's {@code X} (MARKET, INSURANCE_FUND, ADL, ...); null in old frames
 */
public record Trade(
    Symbol symbol,
    long tradeId,
    BigDecimal price,
    BigDecimal quantity,
    boolean buyerIsMaker,
    String tradeType,
    Instant tradeTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public Trade {
    required(symbol, "symbol");
    nonNegative(tradeId, "tradeId");
    positive(price, "price");
    nonNegative(quantity, "quantity");
    time(tradeTime, "tradeTime");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.TRADES, symbol);
  }

  @Override
  public Instant seriesTime() {
    return tradeTime;
  }

  @Override
  public String keyWithinTime() {
    return MarketEvent.sortableId(tradeId);
  }
}
