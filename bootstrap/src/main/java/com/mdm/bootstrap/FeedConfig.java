package com.mdm.bootstrap;

import com.mdm.adapter.in.synthetic.SyntheticMarketSettings;

/**
 * Where market data comes from, and whether NATS is used at all.
 *
 * @param natsEnabled whether the service connects to NATS: for the NATS feed, or because {@code
 *     NATS_URL} is set (the auditor's shared lease, readiness); development mode without it has no
 *     NATS at all
 * @param synthetic the synthetic market, used when {@code feed} is {@link Feed#SYNTHETIC}
 */
record FeedConfig(Feed feed, boolean natsEnabled, SyntheticMarketSettings synthetic) {}
