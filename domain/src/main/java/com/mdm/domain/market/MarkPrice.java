package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.decimalOrNull;
import static com.mdm.domain.market.Fields.nonNegativeOrNull;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A mark price update ({@code markPriceUpdate}), keyed by its event time.
 *
 * @param fundingRate {@code r}; null where the contract has none (delivery contracts send "")
 * @param nextFundingTime {@code T}; null where the contract has none (delivery contracts send 0)
 */
public record MarkPrice(
    Symbol symbol,
    BigDecimal markPrice,
    BigDecimal indexPrice,
    BigDecimal estimatedSettlePrice,
    BigDecimal fundingRate,
    Instant nextFundingTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public MarkPrice {
    required(symbol, "symbol");
    positive(markPrice, "markPrice");
    nonNegativeOrNull(indexPrice, "indexPrice");
    nonNegativeOrNull(estimatedSettlePrice, "estimatedSettlePrice");
    decimalOrNull(fundingRate, "fundingRate");
    if (nextFundingTime != null) {
      time(nextFundingTime, "nextFundingTime");
    }
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.MARK_PRICES, symbol);
  }

  @Override
  public Instant seriesTime() {
    return eventTime;
  }

  @Override
  public String keyWithinTime() {
    return "";
  }
}
