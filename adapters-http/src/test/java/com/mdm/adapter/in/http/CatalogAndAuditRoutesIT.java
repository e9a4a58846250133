package com.mdm.adapter.in.http;

import static com.mdm.adapter.in.http.ApiTestStack.BTC;
import static com.mdm.adapter.in.http.ApiTestStack.ETH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.domain.market.SeriesKey;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import com.mdm.domain.metadata.AuditLogEntry;
import com.mdm.domain.metadata.DataGap;
import com.mdm.domain.metadata.Dataset;
import com.mdm.domain.metadata.GapDetails;
import com.mdm.domain.metadata.GapEvent;
import com.mdm.domain.metadata.GapKind;
import com.mdm.domain.metadata.GapPosition;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.metadata.IngestParameters;
import com.mdm.domain.metadata.LineageRecord;
import com.mdm.domain.metadata.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogAndAuditRoutesIT {

  private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
    for (Symbol symbol : new Symbol[] {BTC, ETH}) {
      stack.datasets.upsert(dataset("trades_" + symbol, symbol, null, "mongodb"));
      stack.datasets.upsert(
          dataset("candles_" + symbol + "_1m", symbol, Timeframe.MINUTE_1, "mongodb"));
    }
    stack.datasets.upsert(dataset("audit_logs", null, null, "mysql"));
    stack.datasets.updateCoverage(
        "trades_BTCUSDT", T0, T0.plusSeconds(3600), 123_456, T0.plusSeconds(3600));
    stack.healthMetrics.append(
        new HealthMetric(
            null,
            "trades_BTCUSDT",
            BTC,
            T0,
            T0.plusSeconds(3600),
            100,
            2,
            99,
            0,
            1,
            0,
            0,
            95,
            100,
            97.5,
            T0.plusSeconds(3600)));
    stack.lineage.append(lineage("trades_BTCUSDT", T0));
    stack.lineage.append(lineage("trades_BTCUSDT", T0.plusSeconds(60)));
    stack.lineage.append(lineage("trades_XRPUSDT", T0));

    stack.auditLog.append(audit("candles_BTCUSDT_1m", BTC, "gap", Severity.HIGH, T0));
    stack.auditLog.append(
        audit("candles_BTCUSDT_1m", BTC, "health_check", Severity.INFO, T0.plusSeconds(60)));
    stack.auditLog.append(audit("trades_ETHUSDT", ETH, "gap", Severity.LOW, T0.plusSeconds(120)));
    stack.gaps.upsert(gap("g1", GapStatus.OPEN, T0));
    stack.gaps.upsert(gap("g2", GapStatus.RESOLVED, T0.plusSeconds(60)));
    stack.gaps.upsert(gap("g3", GapStatus.UNRECOVERABLE, T0.plusSeconds(120)));
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void datasetsAreListedByIdWithFiltersAndOffsetPages() {
    JsonNode all = api.get("/catalog/datasets").json();
    JsonNode eth = api.get("/catalog/datasets?pair=ETHUSDT").json();
    JsonNode first = api.get("/catalog/datasets?storageType=mongodb&limit=3").json();
    JsonNode second = api.get("/catalog/datasets?storageType=mongodb&limit=3&offset=3").json();

    assertThat(all.get("datasets")).hasSize(5);
    assertThat(all.get("nextOffset").isNull()).isTrue();
    assertThat(eth.get("datasets"))
        .extracting(d -> d.get("id").asText())
        .containsExactly("candles_ETHUSDT_1m", "trades_ETHUSDT");
    assertThat(first.get("datasets")).hasSize(3);
    assertThat(first.get("nextOffset").asInt()).isEqualTo(3);
    assertThat(second.get("datasets"))
        .extracting(d -> d.get("id").asText())
        .containsExactly("trades_ETHUSDT");
  }

  @Test
  void aDatasetComesWithItsCoverageAndLatestHealth() {
    JsonNode body = api.get("/catalog/datasets/trades_BTCUSDT").json();

    assertThat(body.get("id").asText()).isEqualTo("trades_BTCUSDT");
    assertThat(body.get("pair").asText()).isEqualTo("BTCUSDT");
    assertThat(body.get("coverage").get("first").asText()).isEqualTo("2024-05-01T00:00:00Z");
    assertThat(body.get("coverage").get("last").asText()).isEqualTo("2024-05-01T01:00:00Z");
    assertThat(body.get("coverage").get("approximateCount").asLong()).isEqualTo(123_456);
    assertThat(body.get("health").get("qualityScore").asDouble()).isEqualTo(97.5);
    assertThat(api.get("/catalog/datasets/candles_ETHUSDT_1m").json().get("health").isNull())
        .isTrue();
  }

  @Test
  void unknownDatasetIdsAre404Problems() {
    Answer dataset = api.get("/catalog/datasets/trades_NOPE");
    Answer lineage = api.get("/catalog/lineage/trades_NOPE");

    assertThat(dataset.status()).isEqualTo(404);
    assertThat(dataset.contentType()).startsWith("application/problem+json");
    assertThat(dataset.json().get("detail").asText()).contains("trades_NOPE");
    assertThat(lineage.status()).isEqualTo(404);
  }

  @Test
  void lineageIsListedNewestFirst() {
    JsonNode body = api.get("/catalog/lineage/trades_BTCUSDT").json();
    JsonNode untracked = api.get("/catalog/lineage/candles_ETHUSDT_1m").json();
    JsonNode uncataloged = api.get("/catalog/lineage/trades_XRPUSDT").json();

    assertThat(body.get("dataset").asText()).isEqualTo("trades_BTCUSDT");
    assertThat(body.get("lineage"))
        .extracting(r -> r.get("rangeStart").asText())
        .containsExactly("2024-05-01T00:01:00Z", "2024-05-01T00:00:00Z");
    assertThat(body.get("lineage").get(0).get("parameters").get("stream_sequence_first").asLong())
        .isEqualTo(10);
    assertThat(untracked.get("lineage")).isEmpty();
    assertThat(uncataloged.get("lineage")).hasSize(1);
  }

  @Test
  void auditLogsAreFilteredAndNewestFirst() {
    JsonNode all = api.get("/audit/logs").json();
    JsonNode gaps = api.get("/audit/logs?type=gap").json();
    JsonNode high = api.get("/audit/logs?severity=high&dataset=candles_BTCUSDT_1m").json();
    JsonNode window =
        api.get("/audit/logs?start=2024-05-01T00:01:00Z&end=2024-05-01T00:02:00Z").json();
    JsonNode eth = api.get("/audit/logs?pair=ETHUSDT").json();

    assertThat(all.get("logs"))
        .extracting(l -> l.get("dataset").asText())
        .containsExactly("trades_ETHUSDT", "candles_BTCUSDT_1m", "candles_BTCUSDT_1m");
    assertThat(gaps.get("logs")).hasSize(2);
    assertThat(high.get("logs"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.get("severity").asText()).isEqualTo("high");
              assertThat(l.get("details").get("expectedMissing").asInt()).isEqualTo(3);
              assertThat(l.get("details").get("gap").get("kind").asText()).isEqualTo("CANDLE_GRID");
            });
    assertThat(window.get("logs"))
        .singleElement()
        .satisfies(l -> assertThat(l.get("type").asText()).isEqualTo("health_check"));
    assertThat(eth.get("logs")).hasSize(1);
  }

  @Test
  void gapsAreFilteredByDatasetAndStatus() {
    JsonNode all = api.get("/audit/gaps?dataset=candles_BTCUSDT_1m").json();
    JsonNode open = api.get("/audit/gaps?dataset=candles_BTCUSDT_1m&status=open").json();
    JsonNode unrecoverable = api.get("/audit/gaps?status=UNRECOVERABLE").json();

    assertThat(all.get("gaps"))
        .extracting(g -> g.get("id").asText())
        .containsExactly("g3", "g2", "g1");
    assertThat(open.get("gaps"))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.get("status").asText()).isEqualTo("open");
              assertThat(g.get("expectedMissing").asLong()).isEqualTo(5);
              assertThat(g.get("durationSeconds").asLong()).isEqualTo(300);
              assertThat(g.get("details").get("gapId").asText()).isEqualTo("g1");
            });
    assertThat(unrecoverable.get("gaps"))
        .extracting(g -> g.get("id").asText())
        .containsExactly("g3");
  }

  @Test
  void badCatalogAndAuditParametersAreNamed() {
    assertThat(problemParameter("/audit/gaps?status=closed")).isEqualTo("status");
    assertThat(problemParameter("/audit/logs?severity=urgent")).isEqualTo("severity");
    assertThat(problemParameter("/audit/logs?start=2024-05-02&end=2024-05-01")).isEqualTo("start");
    assertThat(problemParameter("/audit/logs?limit=0")).isEqualTo("limit");
    assertThat(problemParameter("/catalog/datasets?limit=1001")).isEqualTo("limit");
    assertThat(problemParameter("/catalog/datasets?offset=-1")).isEqualTo("offset");
    assertThat(problemParameter("/catalog/datasets?pair=btc")).isEqualTo("pair");
    assertThat(problemParameter("/catalog/lineage/trades_BTCUSDT?page=2")).isEqualTo("page");
  }

  private String problemParameter(String request) {
    Answer answer = api.get(request);
    assertThat(answer.status()).as(request).isEqualTo(400);
    return answer.json().get("invalid-params").get(0).get("name").asText();
  }

  private static Dataset dataset(String id, Symbol symbol, Timeframe timeframe, String storage) {
    return new Dataset(
        id,
        id.replace('_', ' '),
        null,
        symbol == null ? "metadata" : "market",
        null,
        storage,
        id,
        symbol,
        timeframe,
        "mdm",
        "realtime",
        null,
        null,
        null,
        T0,
        T0);
  }

  private static LineageRecord lineage(String datasetId, Instant start) {
    return new LineageRecord(
        null,
        datasetId,
        null,
        "binance.futures.websocket.data",
        IngestParameters.TRANSFORMATION,
        new IngestParameters(datasetId, start, start.plusSeconds(60), 2, 10, 20),
        11,
        10,
        1,
        0,
        start,
        start.plusSeconds(60),
        Duration.ofSeconds(60),
        "completed",
        null,
        start.plusSeconds(60));
  }

  private static AuditLogEntry audit(
      String datasetId, Symbol symbol, String type, Severity severity, Instant at) {
    GapEvent event =
        new GapEvent(
            GapEvent.Type.DETECTED,
            "g1",
            datasetId,
            GapStatus.OPEN,
            T0,
            T0.plusSeconds(180),
            3,
            severity,
            details("g1", T0.plusSeconds(180), severity));
    return new AuditLogEntry(null, datasetId, symbol, type, severity, event, at);
  }

  private static GapDetails details(String gapId, Instant end, Severity severity) {
    return new GapDetails(
        gapId,
        SeriesKey.candles(BTC, Timeframe.MINUTE_1),
        GapKind.CANDLE_GRID,
        GapPosition.INTERIOR,
        T0,
        end,
        Duration.between(T0, end).toMinutes(),
        1,
        null,
        null,
        severity,
        Duration.ofSeconds(60),
        "from:" + T0);
  }

  private static DataGap gap(String id, GapStatus status, Instant detected) {
    return new DataGap(
        id,
        SeriesKey.candles(BTC, Timeframe.MINUTE_1),
        T0,
        T0.plusSeconds(300),
        5,
        Severity.MEDIUM,
        status,
        details(id, T0.plusSeconds(300), Severity.MEDIUM),
        detected,
        detected);
  }
}
