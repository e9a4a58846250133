package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.Await;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole service in process on NATS JetStream, MongoDB and MariaDB: what arrives is counted per
 * subject and minute in the receipt log (dead letters too) and linked to its dataset, without
 * holding up ingest; each stored record answers its live origin.
 */
class ReceiptLogIT {

  private RunningService service;

  @BeforeEach
  void start() throws Exception {
    service = new RunningService(Map.of("ENABLE_API", "true", "API_PORT", "0"));
    service.start();
  }

  @AfterEach
  void stop() throws Exception {
    service.close();
  }

  @Test
  void givenGoodAndBadFrames_whenIngested_thenTheReceiptLogCountsThemAndRecordsKnowTheirOrigin()
      throws Exception {
    for (int i = 0; i < 5; i++) {
      service.publish(trade(100 + i, 1714564800000L + i).getBytes(StandardCharsets.UTF_8));
    }
    service.publish("{\"e\":\"trade\",\"s\":\"BTCUSDT\"".getBytes(StandardCharsets.UTF_8));
    service.awaitSettled(Duration.ofSeconds(30));

    Await.until(
        "the receipt log holds every message",
        Duration.ofSeconds(30),
        () -> sum("received"),
        n -> n == 6);
    assertThat(sum("dead_lettered")).isEqualTo(1);
    long linked =
        service
            .metadata()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM capture_subjects WHERE dataset_id = :d"
                                + " AND subject = :s")
                        .bind("d", "trades_BTCUSDT")
                        .bind("s", service.subject)
                        .mapTo(Long.class)
                        .one());
    assertThat(linked).isEqualTo(1);

    JsonNode page = get("/data/trades?pair=BTCUSDT&origin=true&limit=5");
    assertThat(page.get("count").asInt()).isEqualTo(5);
    for (JsonNode trade : page.get("data")) {
      JsonNode origin = trade.get("origin");
      assertThat(origin.get("kind").asText()).isEqualTo("live");
      assertThat(origin.get("subject").asText()).isEqualTo(service.subject);
      assertThat(origin.get("sequence").asLong()).isPositive();
    }
  }

  private long sum(String column) {
    return service
        .metadata()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT COALESCE(SUM("
                            + column
                            + "), 0) FROM capture_minutes"
                            + " WHERE subject = :s")
                    .bind("s", service.subject)
                    .mapTo(Long.class)
                    .one());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.apiPort() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static String trade(long id, long time) {
    return "{\"e\":\"trade\",\"E\":"
        + time
        + ",\"T\":"
        + time
        + ",\"s\":\"BTCUSDT\",\"t\":"
        + id
        + ",\"p\":\"64990.90\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}";
  }
}
