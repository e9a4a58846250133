package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.Await;
import com.mdm.testsupport.BinanceRestStub;
import com.mdm.testsupport.StubMarket;
import com.mdm.testsupport.TestServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service as the jar assembles it: ingest, auditor, backfill worker and HTTP API running
 * together through Dagger, answered over HTTP from real state.
 */
class WiredServiceIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-7f3a";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static BinanceRestStub binance;
  private static RunningService service;

  @BeforeAll
  static void startEverything() throws Exception {
    binance = BinanceRestStub.start(2400, Duration.ofMinutes(1));
    service =
        new RunningService(
                Map.ofEntries(
                    Map.entry("ENABLE_API", "true"),
                    Map.entry("API_PORT", "0"),
                    Map.entry("API_TOKEN", TOKEN),
                    Map.entry("ENABLE_AUDITOR", "true"),
                    Map.entry("AUDIT_INTERVAL", "1s"),
                    Map.entry("INITIAL_STARTUP_DELAY", "0s"),
                    Map.entry("AUDIT_LEASE_BUCKET", TestServices.uniqueName("leases")),
                    Map.entry("AUDIT_LEASE_TTL", "3s"),
                    Map.entry("SUPPORTED_PAIRS", "BTCUSDT"),
                    Map.entry("ENABLE_BACKFILLER", "true"),
                    Map.entry("BACKFILL_POLL_INTERVAL", "200ms"),
                    Map.entry("BINANCE_FAPI_BASE_URL", binance.baseUrl().toString())))
            .start();
  }

  @AfterAll
  static void stopEverything() throws Exception {
    service.close();
    binance.close();
  }

  @Test
  void readinessAnswers200WithEveryDependencyUp() throws Exception {
    HttpResponse<String> response = get("/health/readiness");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode checks = JSON.readTree(response.body()).get("checks");
    assertThat(checks).hasSize(3);
    checks.forEach(
        check -> assertThat(check.get("connected").asBoolean()).as(check.toString()).isTrue());
  }

  @Test
  void publishedTradesAreServedWithExactDecimals() throws Exception {
    for (int i = 0; i < 3; i++) {
      String trade =
          "{\"e\":\"trade\",\"E\":1714564800000,\"T\":"
              + (1714564800000L + i)
              + ",\"s\":\"BTCUSDT\",\"t\":"
              + (42_000L + i)
              + ",\"p\":\"64990.90\",\"q\":\"0.010\",\"X\":\"MARKET\",\"m\":false}";
      service.publish(trade.getBytes(StandardCharsets.UTF_8));
    }
    service.awaitSettled(Duration.ofSeconds(30));

    JsonNode page =
        JSON.readTree(
            Await.until(
                    "trades over HTTP",
                    Duration.ofSeconds(10),
                    () -> get("/data/trades?pair=BTCUSDT&start=2024-05-01T00:00:00Z&limit=10"),
                    r -> r.statusCode() == 200 && r.body().contains("42002"))
                .body());
    assertThat(page.get("data")).hasSize(3);
    assertThat(page.get("data").get(0).get("price").asText()).isEqualTo("64990.90");
    assertThat(page.get("data").get(0).get("quantity").asText()).isEqualTo("0.010");
  }

  @Test
  void aBackfillJobPostedOverHttpRunsAgainstTheExchangeAndItsCandlesAreServed() throws Exception {
    Instant start = StubMarket.TAPE_START;
    String body =
        "{\"pair\":\"BTCUSDT\",\"dataType\":\"candles\",\"period\":\"1h\",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plus(Duration.ofHours(6))
            + "\"}";
    assertThat(post("/backfill/jobs", body, null).statusCode()).isEqualTo(401);

    HttpResponse<String> created = post("/backfill/jobs", body, TOKEN);
    assertThat(created.statusCode()).isBetween(200, 202);
    String id = JSON.readTree(created.body()).get("id").asText();

    JsonNode job =
        JSON.readTree(
            Await.until(
                    "the job to complete",
                    Duration.ofSeconds(60),
                    () -> get("/backfill/jobs/" + id),
                    r -> r.body().contains("\"completed\"") || r.body().contains("\"failed\""))
                .body());
    assertThat(job.get("status").asText()).isEqualTo("completed");
    assertThat(job.get("recordsInserted").asLong()).isEqualTo(6);

    JsonNode candles =
        JSON.readTree(
            get("/data/candles?pair=BTCUSDT&period=1h&start=" + start + "&limit=100").body());
    assertThat(candles.get("data")).hasSize(6);
    assertThat(candles.get("derived").asBoolean()).isFalse();
  }

  @Test
  void aPairOnlyEverBackfilledIsListedInTheCatalogAndServed() throws Exception {
    Instant start = StubMarket.TAPE_START;
    String body =
        "{\"pair\":\"SUSHIUSDT\",\"dataType\":\"candles\",\"period\":\"1h\",\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plus(Duration.ofHours(4))
            + "\"}";
    assertThat(get("/data/candles?pair=SUSHIUSDT&period=1h").statusCode()).isEqualTo(404);

    HttpResponse<String> created = post("/backfill/jobs", body, TOKEN);
    String id = JSON.readTree(created.body()).get("id").asText();
    Await.until(
        "the job to complete",
        Duration.ofSeconds(60),
        () -> get("/backfill/jobs/" + id),
        r -> r.body().contains("\"completed\""));

    JsonNode dataset =
        JSON.readTree(
            Await.until(
                    "the backfilled dataset in the catalog, with its coverage",
                    Duration.ofSeconds(10),
                    () -> get("/catalog/datasets/candles_SUSHIUSDT_1h"),
                    r -> r.statusCode() == 200 && r.body().contains("\"approximateCount\":4"))
                .body());
    assertThat(dataset.get("pair").asText()).isEqualTo("SUSHIUSDT");
    JsonNode candles =
        JSON.readTree(
            get("/data/candles?pair=SUSHIUSDT&period=1h&start=" + start + "&limit=100").body());
    assertThat(candles.get("data")).hasSize(4);
  }

  @Test
  void theAuditorWritesHealthThatTheApiServes() throws Exception {
    JsonNode summary =
        JSON.readTree(
            Await.until(
                    "an audited dataset in the health summary",
                    Duration.ofSeconds(60),
                    () -> get("/health/summary"),
                    r -> r.statusCode() == 200 && !r.body().contains("\"datasets\":0"))
                .body());
    assertThat(summary.toString()).contains("BTCUSDT");
  }

  @Test
  void metricsAreServedInPrometheusText() throws Exception {
    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("jvm_memory_used_bytes")
        .contains("mdm_ingest_messages_total");
  }

  private static HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    }
  }

  private static HttpResponse<String> post(String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.apiPort() + path);
  }
}
