package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.metadata.HealthMetric;
import com.mdm.domain.port.out.ProbeResult;
import java.util.List;

/** The answers of the {@code /health...} routes but the summary: probe results and metrics. */
final class HealthAnswers {

  private HealthAnswers() {}

  static JsonNode probes(List<ProbeResult> probes) {
    return Json.array(probes, MetadataJson::probe);
  }

  static JsonNode metrics(List<HealthMetric> metrics) {
    return Json.array(metrics, MetadataJson::healthMetric);
  }

  /** Readiness when every dependency answered. */
  record Ready(boolean ready, JsonNode checks) {}

  /** The problem extensions of readiness when a dependency did not answer. */
  record NotReady(List<String> failed, JsonNode checks) {}

  /** Every dependency. */
  record Databases(JsonNode databases) {}

  /** The latest metrics of a pair, of its candles of {@code period} when not null. */
  record PairMetrics(String pair, String period, JsonNode metrics) {}

  /** The metrics of a dataset over time. */
  record DatasetMetrics(String dataset, JsonNode metrics) {}
}
