package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.domain.port.in.HealthSummary;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.Readiness;
import com.mdm.domain.port.out.ProbeResult;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /health...}: liveness, readiness, dependencies and dataset health. */
final class HealthRoutes {

  private final QueryHealthUseCase health;
  private final QueryDeadline deadline;

  HealthRoutes(QueryHealthUseCase health, QueryDeadline deadline) {
    this.health = health;
    this.deadline = deadline;
  }

  List<Route> routes() {
    return List.of(
        Route.get(
            "/health/liveness",
            "liveness",
            "health",
            "Whether the process is up and serving HTTP; touches no dependency",
            List.of(),
            Map.of(200, "The process is alive"),
            this::liveness),
        Route.get(
            "/health/readiness",
            "readiness",
            "health",
            "Whether NATS, MongoDB and MySQL all answer within the probe timeout",
            List.of(),
            Map.of(
                200, "Every dependency answered",
                503, "A dependency did not answer; the problem names it under failed"),
            this::readiness),
        Route.get(
            "/health/databases",
            "dependencies",
            "health",
            "Connection state, latency and server version of every dependency",
            List.of(),
            Map.of(200, "One entry per dependency"),
            this::databases),
        Route.get(
            "/health/summary",
            "healthSummary",
            "health",
            "Catalog datasets counted as healthy, degraded, unhealthy or unknown, with the overall"
                + " score",
            List.of(),
            Map.of(200, "The summary"),
            this::summary),
        Route.get(
            "/health",
            "datasetHealth",
            "health",
            "Latest health metrics of the series of one pair, or of its candles of one period",
            List.of(
                Param.query("pair", DataRoutes.PAIR).mandatory(),
                Param.query(
                    "period", "Candle period, e.g. 1m; absent for every series of the pair")),
            Map.of(200, "The latest metric of each measured series", 404, DataRoutes.NO_DATA),
            this::latest),
        Route.get(
            "/health/history",
            "healthHistory",
            "health",
            "Health metrics of one dataset over time, oldest first",
            List.of(
                Param.query("dataset", "Dataset id, e.g. candles_BTCUSDT_1m").mandatory(),
                Param.query("start", "From (inclusive); ISO-8601 or epoch ms; default end - 1 day"),
                Param.query("end", "To (exclusive); ISO-8601 or epoch ms; default now")),
            Map.of(200, "The metrics"),
            this::history));
  }

  private void liveness(Context ctx) {
    AnswerJson.write(ctx, 200, Map.of("status", "alive"));
  }

  private void readiness(Context ctx) {
    Readiness readiness = deadline.call(health::readiness);
    JsonNode checks = HealthAnswers.probes(readiness.probes());
    if (readiness.ready()) {
      AnswerJson.write(ctx, 200, new HealthAnswers.Ready(true, checks));
      return;
    }
    List<String> failed = readiness.failed().stream().map(ProbeResult::name).toList();
    String detail =
        "not ready: "
            + readiness.failed().stream()
                .map(probe -> probe.name() + " (" + probe.error() + ")")
                .collect(Collectors.joining(", "));
    Problems.write(ctx, 503, detail, AnswerJson.tree(new HealthAnswers.NotReady(failed, checks)));
  }

  private void databases(Context ctx) {
    List<ProbeResult> probes = deadline.call(health::dependencies);
    AnswerJson.write(ctx, 200, new HealthAnswers.Databases(HealthAnswers.probes(probes)));
  }

  private void summary(Context ctx) {
    HealthSummary summary = deadline.call(health::summary);
    AnswerJson.write(ctx, 200, HealthSummaryAnswer.of(summary));
  }

  private void latest(Context ctx) {
    var pair = Params.requiredPair(ctx);
    var period = Params.period(ctx);
    var metrics = deadline.call(() -> health.latest(pair, period));
    AnswerJson.write(
        ctx,
        200,
        new HealthAnswers.PairMetrics(
            pair.value(), period == null ? null : period.code(), HealthAnswers.metrics(metrics)));
  }

  private void history(Context ctx) {
    String dataset = Params.requiredText(ctx, "dataset");
    var start = Params.time(ctx, "start");
    var end = Params.time(ctx, "end");
    var metrics = deadline.call(() -> health.history(dataset, start, end));
    AnswerJson.write(
        ctx, 200, new HealthAnswers.DatasetMetrics(dataset, HealthAnswers.metrics(metrics)));
  }
}
