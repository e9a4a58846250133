package com.mdm.adapter.out.binance;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Binance REST history client.
 *
 * @param baseUrl e.g. {@code https://fapi.binance.com} ({@code BINANCE_FAPI_BASE_URL})
 * @param weightBudget request weight allowed per window per IP (Binance: 2,400 per minute)
 * @param safetyMargin fraction of the budget never used, for other clients on the IP and requests
 *     in flight across a window boundary (0.1 keeps 240 of 2,400 free)
 * @param weightWindow the window the budget applies to (one minute at Binance)
 * @param fundingRequestBudget funding-rate requests allowed per {@code fundingWindow} (500 / 5 min)
 * @param fundingWindow the window of the funding-rate request budget
 * @param requestTimeout how long one request may take, connection included
 * @param maxAttempts attempts per request before giving up on 5xx, timeouts, 429 and 418
 * @param backoffBase wait after the first failed attempt; doubles per attempt, with jitter
 * @param backoffMax longest wait between two attempts
 * @param maxWait longest a call waits for a 429 pause or a 418 ban to end; beyond it the call fails
 *     with a retryable error naming the end of the ban
 * @param klinesPageSize rows per klines call (1000 is the largest at weight 5; 1500 costs 10)
 * @param aggTradesPageSize rows per aggregate-trades call, at most 1000
 * @param fundingPageSize rows per funding-rate call, at most 1000
 */
public record BinanceRestSettings(
    URI baseUrl,
    int weightBudget,
    double safetyMargin,
    Duration weightWindow,
    int fundingRequestBudget,
    Duration fundingWindow,
    Duration requestTimeout,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration maxWait,
    int klinesPageSize,
    int aggTradesPageSize,
    int fundingPageSize) {

  public static final URI DEFAULT_BASE_URL = URI.create("https://fapi.binance.com");
  public static final int DEFAULT_WEIGHT_BUDGET = 2400;
  public static final double DEFAULT_SAFETY_MARGIN = 0.1;

  public BinanceRestSettings {
    Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    String scheme = baseUrl.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme))
        || baseUrl.getHost() == null
        || baseUrl.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "baseUrl '" + baseUrl + "' is invalid: expected e.g. https://fapi.binance.com");
    }
    positive(weightBudget, "weightBudget");
    if (!(safetyMargin >= 0 && safetyMargin <= 0.9)) {
      throw new IllegalArgumentException(
          "safetyMargin must be between 0 and 0.9 but was " + safetyMargin);
    }
    positive(weightWindow, "weightWindow");
    positive(fundingRequestBudget, "fundingRequestBudget");
    positive(fundingWindow, "fundingWindow");
    positive(requestTimeout, "requestTimeout");
    positive(maxAttempts, "maxAttempts");
    positive(backoffBase, "backoffBase");
    positive(backoffMax, "backoffMax");
    Objects.requireNonNull(maxWait, "maxWait must not be null");
    pageSize(klinesPageSize, Endpoint.KLINES, "klinesPageSize");
    pageSize(aggTradesPageSize, Endpoint.AGG_TRADES, "aggTradesPageSize");
    pageSize(fundingPageSize, Endpoint.FUNDING_RATE, "fundingPageSize");
    int limit = (int) Math.floor(weightBudget * (1 - safetyMargin));
    int heaviest =
        Math.max(Endpoint.KLINES.weight(klinesPageSize), Endpoint.AGG_TRADES.weight(1000));
    if (limit < heaviest) {
      throw new IllegalArgumentException(
          "weightBudget "
              + weightBudget
              + " less the safety margin leaves "
              + limit
              + ", less than the heaviest request ("
              + heaviest
              + ")");
    }
  }

  /** Binance's limits: 2,400 weight per minute less 10 %, 500 funding calls per 5 minutes. */
  public static BinanceRestSettings defaults(URI baseUrl) {
    return new BinanceRestSettings(
        baseUrl,
        DEFAULT_WEIGHT_BUDGET,
        DEFAULT_SAFETY_MARGIN,
        Duration.ofMinutes(1),
        500,
        Duration.ofMinutes(5),
        Duration.ofSeconds(10),
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofMinutes(2),
        1000,
        1000,
        1000);
  }

  /** A copy with another weight budget and safety margin per {@code window}. */
  public BinanceRestSettings withWeightBudget(int budget, double margin, Duration window) {
    return new BinanceRestSettings(
        baseUrl,
        budget,
        margin,
        window,
        fundingRequestBudget,
        fundingWindow,
        requestTimeout,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxWait,
        klinesPageSize,
        aggTradesPageSize,
        fundingPageSize);
  }

  /** A copy with other timeout, attempts, backoff and longest wait for a pause or ban. */
  public BinanceRestSettings withRetries(
      Duration timeout, int attempts, Duration base, Duration max, Duration longestWait) {
    return new BinanceRestSettings(
        baseUrl,
        weightBudget,
        safetyMargin,
        weightWindow,
        fundingRequestBudget,
        fundingWindow,
        timeout,
        attempts,
        base,
        max,
        longestWait,
        klinesPageSize,
        aggTradesPageSize,
        fundingPageSize);
  }

  /** A copy with other page sizes. */
  public BinanceRestSettings withPageSizes(int klines, int aggTrades, int funding) {
    return new BinanceRestSettings(
        baseUrl,
        weightBudget,
        safetyMargin,
        weightWindow,
        fundingRequestBudget,
        fundingWindow,
        requestTimeout,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxWait,
        klines,
        aggTrades,
        funding);
  }

  /** The weight per window actually used: the budget less the safety margin. */
  public int weightLimit() {
    return (int) Math.floor(weightBudget * (1 - safetyMargin));
  }

  /** The funding-rate requests per window actually used, with the same margin. */
  public int fundingRequestLimit() {
    return Math.max(1, (int) Math.floor(fundingRequestBudget * (1 - safetyMargin)));
  }

  private static void positive(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be >= 1 but was " + value);
    }
  }

  private static void positive(Duration value, String field) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
  }

  private static void pageSize(int value, Endpoint endpoint, String field) {
    if (value < 1 || value > endpoint.maxLimit()) {
      throw new IllegalArgumentException(
          field
              + " must be between 1 and "
              + endpoint.maxLimit()
              + " ("
              + endpoint.path()
              + ") but was "
              + value);
    }
  }
}
