/**
 * Outbound adapter reading market-data history from the Binance USD-M futures REST API.
 *
 * <p>{@link com.mdm.adapter.out.binance.BinanceExchangeHistoryClient} implements the {@code
 * ExchangeHistoryClient} port with the JDK HttpClient and Jackson; {@code BinanceRestCaller} sends
 * each request through a {@code RateLimiter}, which keeps the weight used per minute under the
 * budget minus a safety margin, corrects its count from {@code X-MBX-USED-WEIGHT-1M}, honours
 * {@code Retry-After} on 429 and stops every call during a 418 ban. {@code BinanceRestMapper} turns
 * response rows into the domain records the websocket path produces.
 */
package com.mdm.adapter.out.binance;
