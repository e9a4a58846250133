package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;
import static com.mdm.domain.market.Fields.required;
import static com.mdm.domain.market.Fields.time;

import java.math.BigDecimal;
import java.time.Instant;

/** A liquidation order ({@code forceOrder}), keyed by its trade time and side. */
public record Liquidation(
    Symbol symbol,
    Side side,
    String orderType,
    String timeInForce,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal averagePrice,
    String orderStatus,
    BigDecimal lastFilledQuantity,
    BigDecimal filledAccumulatedQuantity,
    Instant tradeTime,
    Instant eventTime,
    Instant receivedAt)
    implements MarketEvent {

  public Liquidation {
    required(symbol, "symbol");
    required(side, "side");
    required(orderType, "orderType");
    positive(quantity, "quantity");
    positive(price, "price");
    nonNegative(averagePrice, "averagePrice");
    required(orderStatus, "orderStatus");
    nonNegative(lastFilledQuantity, "lastFilledQuantity");
    nonNegative(filledAccumulatedQuantity, "filledAccumulatedQuantity");
    time(tradeTime, "tradeTime");
    time(eventTime, "eventTime");
    time(receivedAt, "receivedAt");
  }

  @Override
  public SeriesKey seriesKey() {
    return SeriesKey.of(SeriesType.LIQUIDATIONS, symbol);
  }

  @Override
  public Instant seriesTime() {
    return tradeTime;
  }

  @Override
  public String keyWithinTime() {
    return side.name();
  }
}
