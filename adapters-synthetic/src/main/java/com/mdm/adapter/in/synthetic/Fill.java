package com.mdm.adapter.in.synthetic;

import java.math.BigDecimal;

/**
 * One trade of a taker order, in ticks and quantity units, with its exact quote amount.
 *
 * @param buyerIsMaker Binance's {@code m}: true when the seller was the taker
 * @param quote price times quantity, exactly
 */
record Fill(
    long tradeId,
    long time,
    long priceTicks,
    long quantity,
    boolean buyerIsMaker,
    BigDecimal quote) {}
