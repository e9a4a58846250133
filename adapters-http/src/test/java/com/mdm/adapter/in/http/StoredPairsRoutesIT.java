package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.HealthMetric;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Which pairs {@code /data/*} and {@code /health} serve: the supported ones (BTCUSDT, ETHUSDT in
 * the stack) and every pair the catalog lists; any other well-formed pair is a 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredPairsRoutesIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
  private static final Symbol SUSHI = Symbol.of("SUSHIUSDT");

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
    SeriesKey candles = SeriesKey.candles(SUSHI, Timeframe.MINUTE_1);
    stack.store(MarketSamples.candles(SUSHI, Timeframe.MINUTE_1, T0, 3));
    stack.datasets.upsert(catalogEntry(candles));
    stack.healthMetrics.append(
        new HealthMetric(
            null,
            candles.datasetId(),
            SUSHI,
            T0,
            T0.plusSeconds(180),
            100,
            3,
            100,
            0,
            0,
            0,
            0,
            100,
            100,
            97.5,
            T0.plusSeconds(180)));
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void givenStoredCandlesOfAPairOutsideSupportedPairs_whenRead_thenTheyAreServed() {
    Answer answer = api.get("/data/candles?pair=SUSHIUSDT&period=1m");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("pair").asText()).isEqualTo("SUSHIUSDT");
    assertThat(body.get("derived").asBoolean()).isFalse();
    assertThat(body.get("data"))
        .extracting(candle -> candle.get("openTime").asText())
        .containsExactly("2024-05-01T00:00:00Z", "2024-05-01T00:01:00Z", "2024-05-01T00:02:00Z");
  }

  @Test
  void givenAPairOutsideSupportedPairsInTheCatalog_whenItsHealthIsAsked_thenItsMetricIsServed() {
    Answer answer = api.get("/health?pair=SUSHIUSDT");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("metrics"))
        .singleElement()
        .satisfies(
            metric -> {
              assertThat(metric.get("dataset").asText()).isEqualTo("candles_SUSHIUSDT_1m");
              assertThat(metric.get("qualityScore").asDouble()).isEqualTo(97.5);
            });
  }

  @Test
  void givenAValidPairWithNoDataStored_whenReadOrItsHealthAsked_thenA404ProblemSaysSo() {
    for (String request :
        List.of(
            "/data/candles?pair=DOGEUSDT&period=1m",
            "/data/trades?pair=DOGEUSDT",
            "/data/funding?pair=DOGEUSDT",
            "/health?pair=DOGEUSDT")) {
      Answer answer = api.get(request);

      assertThat(answer.status()).as(request).isEqualTo(404);
      assertThat(answer.contentType()).as(request).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asText())
          .as(request)
          .isEqualTo("no data stored for pair DOGEUSDT");
    }
  }

  @Test
  void givenASupportedPairWithNoDataYet_whenRead_thenThePageIsEmpty() {
    Answer answer = api.get("/data/trades?pair=ETHUSDT");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("data")).isEmpty();
  }

  @Test
  void givenAMalformedSymbol_whenRead_thenItIsStillA400NamingThePair() {
    for (String request :
        List.of("/data/candles?pair=sushiusdt&period=1m", "/health?pair=SUSHI/USDT")) {
      Answer answer = api.get(request);

      assertThat(answer.status()).as(request).isEqualTo(400);
      assertThat(answer.json().get("invalid-params").get(0).get("name").asText())
          .as(request)
          .isEqualTo("pair");
    }
  }

  @Test
  void givenAPairNotYetStored_whenItsFirstSeriesIsRegistered_thenTheNextReadServesIt() {
    Symbol pepe = Symbol.of("PEPEUSDT");
    assertThat(api.get("/data/trades?pair=PEPEUSDT").status()).isEqualTo(404);

    stack.store(List.of(MarketSamples.trade(pepe, 1, T0)));
    stack.datasets.upsert(catalogEntry(SeriesKey.of(SeriesType.TRADES, pepe)));

    Answer answer = api.get("/data/trades?pair=PEPEUSDT");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("data")).hasSize(1);
  }

  /** The catalog entry ingest writes when it first stores a series. */
  private static Dataset catalogEntry(SeriesKey key) {
    return new Dataset(
        key.datasetId(),
        key.datasetId(),
        null,
        key.type().datasetPrefix(),
        null,
        "mongodb",
        key.collectionName(),
        key.symbol(),
        key.timeframe(),
        "market-data-manager",
        "realtime",
        null,
        null,
        null,
        T0,
        T0);
  }
}
