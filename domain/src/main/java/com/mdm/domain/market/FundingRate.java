package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.decimal;
import static com.mdm.domain.market.Fields.positiveOrNull;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A funding rate for one funding time, keyed by that time. From the websocket it is the rate
 * announced in {@code markPriceUpdate} (the latest announcement before the funding time wins); from
 * REST it is the settled rate.
 *
 * @param markPrice the mark price at the announcement or settlement; null where unknown
 */
public record FundingRate(
    Symbol symbol,
    Instant fundingTime,
    BigDecimal fundingRate,
    BigDecimal markPrice,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public FundingRate {
    required(symbol, "symbol");
    time(fundingTime, "fundingTime");
    decimal(fundingRate, "fundingRate");
    positiveOrNull(markPrice, "markPrice");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.FUNDING_RATES, symbol);
  }

  @Override
  public Instant seriesTime() {
    return fundingTime;
  }

  @Override
  public String keyWithinTime() {
    return "";
  }
}
