package com.mdm.adapter.in.http;

import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /coverage} and {@code /audit/reconciliation}: what the completeness certificates say about
 * a dataset's hours, every version of one hour, and the reconciliation findings.
 */
final class CoverageRoutes {

  private final QueryCoverageUseCase coverage;
  private final QueryDeadline deadline;

  CoverageRoutes(QueryCoverageUseCase coverage, QueryDeadline deadline) {
    this.coverage = coverage;
    this.deadline = deadline;
  }

  List<Route> routes() {
    return List.of(
        Route.get(
            "/coverage",
            "coverage",
            "audit",
            "Completeness certificates of a dataset's UTC hours (newest version of each) and a"
                + " summary per day; at most 93 days",
            List.of(
                Param.query("dataset", "Dataset id, e.g. candles_BTCUSDT_1m").mandatory(),
                Param.query("start", "From (inclusive); ISO-8601 or epoch ms").mandatory(),
                Param.query("end", "To (exclusive); ISO-8601 or epoch ms").mandatory()),
            Map.of(200, "The certified hours and the days"),
            this::report),
        Route.get(
            "/coverage/versions",
            "coverageVersions",
            "audit",
            "Every version of one hour's certificate, oldest first",
            List.of(
                Param.query("dataset", "Dataset id").mandatory(),
                Param.query("hour", "Any time in the hour; ISO-8601 or epoch ms").mandatory()),
            Map.of(200, "The versions; empty when the hour is not certified"),
            this::versions),
        Route.get(
            "/audit/reconciliation",
            "auditReconciliation",
            "audit",
            "Reconciliation findings: stored candles that disagree with candles rebuilt from the"
                + " stored aggregate trades or with the Binance REST klines, newest minute first",
            List.of(
                Param.query("dataset", "Dataset id"),
                Param.query("start", "Minutes from (inclusive); ISO-8601 or epoch ms"),
                Param.query("end", "Minutes to (exclusive); ISO-8601 or epoch ms"),
                Pages.LIMIT,
                Pages.OFFSET),
            Map.of(200, "One page of findings, with nextOffset"),
            this::reconciliation));
  }

  private void report(Context ctx) {
    String dataset = Params.requiredText(ctx, "dataset");
    Instant start = required(ctx, "start");
    Instant end = required(ctx, "end");
    var report = deadline.call(() -> coverage.coverage(dataset, start, end));
    Json.write(ctx, 200, CoverageJson.report(report));
  }

  private void versions(Context ctx) {
    String dataset = Params.requiredText(ctx, "dataset");
    Instant hour = required(ctx, "hour");
    var versions = deadline.call(() -> coverage.versions(dataset, hour));
    var body = Json.object().put("dataset", dataset);
    body.set("versions", Json.array(versions, CoverageJson::certificate));
    Json.write(ctx, 200, body);
  }

  private void reconciliation(Context ctx) {
    String dataset = Params.text(ctx, "dataset");
    Instant start = Params.time(ctx, "start");
    Instant end = Params.time(ctx, "end");
    PageRequest page = Params.page(ctx);
    var findings = deadline.call(() -> coverage.reconciliation(dataset, start, end, page));
    Json.write(ctx, 200, Pages.of("findings", findings, ReconciliationJson::finding, page));
  }

  private static Instant required(Context ctx, String name) {
    Params.requiredText(ctx, name);
    return Params.time(ctx, name);
  }
}
