package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.ApiTestStack.BTC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.adapter.out.mysql.MysqlHealthProbe;
import com.mdm.application.service.marketdata.QueryLimits;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.testsupport.Await;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthRoutesIT {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
    stack.datasets.upsert(dataset("candles_BTCUSDT_1m"));
    stack.datasets.upsert(dataset("trades_BTCUSDT"));
    stack.datasets.upsert(dataset("depth_BTCUSDT"));
    stack.datasets.upsert(dataset("tickers_BTCUSDT"));
    stack.healthMetrics.append(metric("candles_BTCUSDT_1m", 50, NOW.minus(Duration.ofHours(30))));
    stack.healthMetrics.append(metric("candles_BTCUSDT_1m", 80, NOW.minus(Duration.ofHours(2))));
    stack.healthMetrics.append(metric("candles_BTCUSDT_1m", 96, NOW.minusSeconds(60)));
    stack.healthMetrics.append(metric("trades_BTCUSDT", 72, NOW.minusSeconds(60)));
    stack.healthMetrics.append(metric("depth_BTCUSDT", 30, NOW.minusSeconds(60)));
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void livenessAnswersWithoutAskingAnyDependency() {
    Answer answer = api.get("/health/liveness");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("status").asText()).isEqualTo("alive");
  }

  @Test
  void readinessIs200WhenNatsMongoAndMysqlAllAnswer() {
    Answer answer = api.get("/health/readiness");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("ready").asBoolean()).isTrue();
    assertThat(body.get("checks"))
        .extracting(check -> check.get("name").asText())
        .containsExactly("nats", "mongodb", "mysql");
    assertThat(body.get("checks"))
        .allSatisfy(check -> assertThat(check.get("connected").asBoolean()).isTrue());
  }

  @Test
  void readinessFlipsTo503NamingMongodbWhileItIsCutAndBackWhenRestored() {
    stack.mongoProxy.cut();
    try {
      Answer down = api.get("/health/readiness");

      assertThat(down.status()).isEqualTo(503);
      assertThat(down.contentType()).startsWith("application/problem+json");
      JsonNode problem = down.json();
      assertThat(problem.get("failed")).extracting(JsonNode::asText).containsExactly("mongodb");
      assertThat(problem.get("detail").asText()).startsWith("not ready: mongodb");
      assertThat(problem.get("checks").get(1).get("connected").asBoolean()).isFalse();
      assertThat(problem.get("checks").get(2).get("connected").asBoolean()).isTrue();
    } finally {
      stack.mongoProxy.restore();
    }
    Await.until(
        "readiness back to 200",
        Duration.ofSeconds(20),
        () -> api.get("/health/readiness").status(),
        status -> status == 200);
  }

  @Test
  void readinessIs503NamingMysqlWhenItsServerDoesNotAnswer() throws Exception {
    Jdbi nowhere = Jdbi.create("jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=500", "root", "");
    try (ApiTestStack broken =
        ApiTestStack.start(
            HttpApiConfig.defaults(), QueryLimits.defaults(), new MysqlHealthProbe(nowhere))) {
      Answer answer = broken.api.get("/health/readiness");

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.json().get("failed")).extracting(JsonNode::asText).containsExactly("mysql");
      assertThat(answer.json().get("detail").asText()).contains("MySQL health check failed");
    }
  }

  @Test
  void databasesReportConnectionLatencyAndVersionOfEachStore() {
    JsonNode body = api.get("/health/databases").json();

    assertThat(body.get("databases")).hasSize(3);
    assertThat(body.get("databases"))
        .allSatisfy(
            store -> {
              assertThat(store.get("connected").asBoolean()).isTrue();
              assertThat(store.get("latencyMs").asDouble()).isPositive();
              assertThat(store.get("version").asText()).isNotBlank();
              assertThat(store.get("error").isNull()).isTrue();
            });
  }

  @Test
  void theSummaryCountsCatalogDatasetsByTheirLatestScore() {
    JsonNode body = api.get("/health/summary").json();

    assertThat(body.get("healthy").asInt()).isEqualTo(1);
    assertThat(body.get("degraded").asInt()).isEqualTo(1);
    assertThat(body.get("unhealthy").asInt()).isEqualTo(1);
    assertThat(body.get("unknown").asInt()).isEqualTo(1);
    assertThat(body.get("overallScore").asDouble()).isEqualTo(66.0);
    assertThat(body.get("thresholds").get("healthy").asDouble()).isEqualTo(90.0);
    assertThat(body.get("datasets"))
        .filteredOn(entry -> entry.get("dataset").asText().equals("tickers_BTCUSDT"))
        .singleElement()
        .satisfies(entry -> assertThat(entry.get("status").asText()).isEqualTo("unknown"));
  }

  @Test
  void healthOfAPairAndPeriodIsTheLatestMetricOfItsCandles() {
    JsonNode candles = api.get("/health?pair=BTCUSDT&period=1m").json();
    JsonNode pair = api.get("/health?pair=BTCUSDT").json();

    assertThat(candles.get("metrics")).hasSize(1);
    assertThat(candles.get("metrics").get(0).get("qualityScore").asDouble()).isEqualTo(96.0);
    assertThat(candles.get("metrics").get(0).get("dataset").asText())
        .isEqualTo("candles_BTCUSDT_1m");
    assertThat(pair.get("metrics"))
        .extracting(metric -> metric.get("dataset").asText())
        .containsExactlyInAnyOrder("candles_BTCUSDT_1m", "trades_BTCUSDT", "depth_BTCUSDT");
  }

  @Test
  void historyListsTheMetricsOfADatasetInTheRangeOldestFirst() {
    JsonNode lastDay = api.get("/health/history?dataset=candles_BTCUSDT_1m").json();
    JsonNode twoDays =
        api.get(
                "/health/history?dataset=candles_BTCUSDT_1m&start="
                    + NOW.minus(Duration.ofHours(48))
                    + "&end="
                    + NOW.toEpochMilli())
            .json();

    assertThat(lastDay.get("metrics"))
        .extracting(metric -> metric.get("qualityScore").asDouble())
        .containsExactly(80.0, 96.0);
    assertThat(twoDays.get("metrics"))
        .extracting(metric -> metric.get("qualityScore").asDouble())
        .containsExactly(50.0, 80.0, 96.0);
  }

  @Test
  void badHealthParametersAreNamed() {
    assertThat(problemParameter("/health?pair=doge-usdt")).isEqualTo("pair");
    assertThat(problemParameter("/health")).isEqualTo("pair");
    assertThat(problemParameter("/health?pair=BTCUSDT&period=7m")).isEqualTo("period");
    assertThat(problemParameter("/health/history")).isEqualTo("dataset");
    assertThat(problemParameter("/health/history?dataset=a%20b")).isEqualTo("dataset");
    assertThat(
            problemParameter(
                "/health/history?dataset=trades_BTCUSDT&start=2024-05-02&end=2024-05-01"))
        .isEqualTo("start");
  }

  private String problemParameter(String request) {
    Answer answer = api.get(request);
    assertThat(answer.status()).as(request).isEqualTo(400);
    return answer.json().get("invalid-params").get(0).get("name").asText();
  }

  private static Dataset dataset(String id) {
    return new Dataset(
        id,
        id,
        "test dataset",
        "market",
        null,
        "mongodb",
        id,
        BTC,
        null,
        "mdm",
        "realtime",
        null,
        null,
        null,
        NOW,
        NOW);
  }

  private static HealthMetric metric(String datasetId, double quality, Instant at) {
    return new HealthMetric(
        null,
        datasetId,
        BTC,
        at.minusSeconds(3600),
        at,
        99.5,
        4,
        98.7,
        0,
        0,
        0,
        0,
        100,
        100,
        quality,
        at);
  }
}
