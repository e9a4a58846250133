package com.mdm.adapter.in.synthetic;

import java.util.List;

/**
 * The changes to a book between two diff depth events, as Binance's {@code depthUpdate} carries
 * them: levels in ascending price, a quantity of zero removing the level.
 *
 * @param firstUpdateId {@code U}
 * @param finalUpdateId {@code u}
 * @param previousFinalUpdateId {@code pu}, the {@code u} of the event before
 * @param bids {@code [priceTicks, quantityUnits]} pairs
 */
record DepthDiff(
    long firstUpdateId,
    long finalUpdateId,
    long previousFinalUpdateId,
    List<long[]> bids,
    List<long[]> asks) {}
