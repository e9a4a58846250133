package com.mdm.adapter.in.http;

import com.mdm.adapter.in.http.ApiClient.Answer;
import java.util.List;
import java.util.function.Function;

/**
 * The requests whose answers the golden files freeze: every JSON route with representative
 * parameters, cursors and offsets, and the problems of each kind of failure. The backfill cases run
 * in this order: the cancel cases come after those showing the job running.
 */
final class GoldenCases {

  static final String TOKEN = "golden-token-0123456789";

  /** One request, the status and content type it must be answered with, and its golden file. */
  record Case(String name, int status, Function<ApiClient, Answer> request) {

    /** As served today; Javalin names the charset of problems only. */
    String contentType() {
      return status >= 400 ? "application/problem+json;charset=utf-8" : "application/json";
    }
  }

  private static final String CANDLES =
      """
      {"pair": "BTCUSDT", "dataType": "candles", "period": "1m",
       "start": "2024-05-01T00:00:00Z", "end": "2024-05-02T00:00:00Z", "priority": 5}""";
  private static final String FUNDING =
      """
      {"pair": "ETHUSDT", "dataType": "funding_rates", "start": 1714521600000, "end": 1714608000123}""";
  private static final String ORIGINAL =
      """
      {"symbol": "SOLUSDT", "data_type": "candles", "timeframe": "1h",
       "start_time": "2024-05-01T00:00:00", "end_time": 1714608000, "priority": 1}""";
  private static final String AGG_TRADES =
      """
      {"pair": "BTCUSDT", "dataType": "agg_trades", "start": "2024-05-01", "end": "2024-05-02"}""";

  private GoldenCases() {}

  static List<Case> all(GoldenHealth health) {
    String cursor = "&cursor=" + GoldenMarketData.CURSOR;
    return List.of(
        get("data-trades", 200, "/data/trades?pair=BTCUSDT"),
        get(
            "data-trades-desc",
            200,
            "/data/trades?pair=BTCUSDT&type=trade&order=desc&limit=2"
                + "&start=2024-05-01T00:00:00Z&end=1714608000000"),
        get("data-trades-last-page", 200, "/data/trades?pair=BTCUSDT" + cursor),
        get("data-agg-trades", 200, "/data/trades?pair=BTCUSDT&type=aggTrade"),
        get("data-trades-origin", 200, "/data/trades?pair=BTCUSDT&origin=true"),
        get("data-candles-origin", 200, "/data/candles?pair=BTCUSDT&period=1m&origin=true"),
        get("error-invalid-origin", 400, "/data/trades?pair=BTCUSDT&origin=yes"),
        get("data-candles-stored", 200, "/data/candles?pair=BTCUSDT&period=1m&limit=2"),
        get("data-candles-last-page", 200, "/data/candles?pair=BTCUSDT&period=1m" + cursor),
        get("data-candles-derived", 200, "/data/candles?pair=BTCUSDT&period=1h&order=asc"),
        get("data-candles-none-stored", 200, "/data/candles?pair=BTCUSDT&period=1d"),
        get("data-depth", 200, "/data/depth?pair=BTCUSDT"),
        get("data-depth-at", 200, "/data/depth?pair=BTCUSDT&at=2024-05-01T00:00:17.5Z&limit=2"),
        get("data-funding", 200, "/data/funding?pair=BTCUSDT"),
        get("data-mark-price", 200, "/data/mark-price?pair=BTCUSDT"),
        get("data-tickers", 200, "/data/tickers?pair=BTCUSDT"),
        get("data-book-ticker", 200, "/data/book-ticker?pair=BTCUSDT"),
        get("data-liquidations", 200, "/data/liquidations?pair=BTCUSDT&order=desc"),
        get("error-invalid-pair", 400, "/data/trades?pair=NOPE!"),
        get("error-invalid-period", 400, "/data/candles?pair=BTCUSDT&period=7m"),
        get("error-invalid-type", 400, "/data/trades?pair=BTCUSDT&type=bogus"),
        get("error-unknown-parameter", 400, "/data/funding?pair=BTCUSDT&limt=5"),
        get("error-depth-at-with-end", 400, "/data/depth?pair=BTCUSDT&at=1714521600000&end=2"),
        get("error-no-data", 404, "/data/trades?pair=PEPEUSDT"),
        get("error-no-route", 404, "/data/candels?pair=BTCUSDT"),
        new Case("error-method", 405, api -> api.delete("/health/liveness", TOKEN)),
        get("error-unexpected", 500, "/audit/logs?dataset=" + GoldenCatalog.BROKEN),
        get("catalog-datasets", 200, "/catalog/datasets"),
        get("catalog-datasets-page", 200, "/catalog/datasets?storageType=mongodb&limit=2"),
        get(
            "catalog-datasets-last-page",
            200,
            "/catalog/datasets?category=market&limit=2&offset=2"),
        get("catalog-dataset", 200, "/catalog/datasets/candles_BTCUSDT_1m"),
        get("catalog-dataset-unmeasured", 200, "/catalog/datasets/trades_BTCUSDT"),
        get("catalog-dataset-not-found", 404, "/catalog/datasets/trades_NOPE"),
        get("catalog-lineage", 200, "/catalog/lineage/candles_BTCUSDT_1m"),
        get("catalog-lineage-page", 200, "/catalog/lineage/candles_BTCUSDT_1m?limit=1&offset=1"),
        get("catalog-lineage-not-found", 404, "/catalog/lineage/trades_NOPE"),
        get("audit-logs", 200, "/audit/logs"),
        get(
            "audit-logs-filtered",
            200,
            "/audit/logs?dataset=candles_BTCUSDT_1m&pair=BTCUSDT&type=gap&severity=high"
                + "&start=2024-05-01&end=2024-05-02T00:00:00Z&limit=2"),
        get("audit-logs-invalid-severity", 400, "/audit/logs?severity=urgent"),
        get("audit-gaps", 200, "/audit/gaps"),
        get(
            "coverage",
            200,
            "/coverage?dataset=candles_BTCUSDT_1m&start=2024-05-01T00:00:00Z"
                + "&end=2024-05-01T03:00:00Z"),
        get(
            "coverage-versions",
            200,
            "/coverage/versions?dataset=candles_BTCUSDT_1m&hour=2024-05-01T00:30:00Z"),
        get("error-coverage-no-range", 400, "/coverage?dataset=candles_BTCUSDT_1m"),
        get("audit-reconciliation", 200, "/audit/reconciliation?dataset=candles_BTCUSDT_1m"),
        get(
            "data-candles-require-complete",
            409,
            "/data/candles?pair=BTCUSDT&period=1h&requireComplete=true&end=2024-05-01T03:00:00Z"),
        get(
            "data-candles-complete-required",
            200,
            "/data/candles?pair=BTCUSDT&period=1h&requireComplete=true&end=2024-05-01T02:00:00Z"),
        get(
            "audit-gaps-filtered",
            200,
            "/audit/gaps?dataset=candles_BTCUSDT_1m&status=open&limit=1"),
        get("health-liveness", 200, "/health/liveness"),
        get("health-readiness", 200, "/health/readiness"),
        new Case(
            "health-readiness-failed",
            503,
            api -> {
              health.mysqlDown(true);
              try {
                return api.get("/health/readiness");
              } finally {
                health.mysqlDown(false);
              }
            }),
        get("health-databases", 200, "/health/databases"),
        get("health-summary", 200, "/health/summary"),
        get("health-pair", 200, "/health?pair=BTCUSDT"),
        get("health-pair-period", 200, "/health?pair=BTCUSDT&period=1m"),
        get("health-pair-no-data", 404, "/health?pair=SUSHIUSDT"),
        get(
            "health-history",
            200,
            "/health/history?dataset=trades_BTCUSDT&start=2024-05-01&end=1714608000000"),
        get("backfill-jobs", 200, "/backfill/jobs"),
        get("backfill-jobs-page", 200, "/backfill/jobs?status=running&pair=BTCUSDT&limit=1"),
        get("backfill-job", 200, "/backfill/jobs/job-running"),
        get("backfill-job-not-found", 404, "/backfill/jobs/no-such-job"),
        post("backfill-create", 201, "/backfill/jobs", CANDLES, TOKEN),
        post("backfill-create-epoch-millis", 201, "/backfill/jobs", FUNDING, TOKEN),
        post("backfill-start-original", 201, "/backfill/start", ORIGINAL, TOKEN),
        post("backfill-create-refused", 400, "/backfill/jobs", AGG_TRADES, TOKEN),
        post("backfill-create-not-json", 400, "/backfill/jobs", "{\"pair\": ", TOKEN),
        post("backfill-create-no-token", 401, "/backfill/jobs", CANDLES, null),
        post("backfill-create-wrong-token", 401, "/backfill/jobs", CANDLES, "guess"),
        new Case("backfill-cancel", 200, api -> api.delete("/backfill/jobs/job-running", TOKEN)),
        new Case(
            "backfill-cancel-ended", 409, api -> api.delete("/backfill/jobs/job-failed", TOKEN)),
        get("metrics-ingest", 200, "/metrics/ingest"),
        get("openapi", 200, "/openapi.json"));
  }

  private static Case get(String name, int status, String pathAndQuery) {
    return new Case(name, status, api -> api.get(pathAndQuery));
  }

  private static Case post(String name, int status, String path, String body, String token) {
    return new Case(name, status, api -> api.post(path, body, token));
  }
}
