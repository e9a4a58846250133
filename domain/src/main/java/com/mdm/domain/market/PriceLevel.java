package com.mdm.domain.market;

import static com.mdm.domain.market.Fields.nonNegative;
import static com.mdm.domain.market.Fields.positive;

import java.math.BigDecimal;

/** One order-book level; a quantity of zero removes the level in a diff update. */
public record PriceLevel(BigDecimal price, BigDecimal quantity) {

  public PriceLevel {
    positive(price, "price");
    nonNegative(quantity, "quantity");
  }
}
