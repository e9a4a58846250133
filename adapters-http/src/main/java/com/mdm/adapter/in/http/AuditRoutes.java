package com.mdm.adapter.in.http;

import com.mdm.domain.metadata.AuditLogQuery;
import com.mdm.domain.metadata.GapCause;
import com.mdm.domain.metadata.GapFate;
import com.mdm.domain.metadata.GapFilter;
import com.mdm.domain.metadata.GapStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.metadata.Severity;
import com.mdm.domain.port.in.QueryAuditUseCase;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code /audit/...}: the audit log and the gaps the auditor found. */
final class AuditRoutes {

  private final QueryAuditUseCase audit;
  private final QueryDeadline deadline;

  AuditRoutes(QueryAuditUseCase audit, QueryDeadline deadline) {
    this.audit = audit;
    this.deadline = deadline;
  }

  List<Route> routes() {
    return List.of(
        Route.get(
            "/audit/logs",
            "auditLogs",
            "audit",
            "Audit findings and events, newest first",
            List.of(
                Param.query("dataset", "Dataset id"),
                Param.query("pair", "Symbol"),
                Param.query("type", "Audit type, e.g. gap or health_check"),
                Param.query("severity", "Severity").oneOf(Params.names(Severity.class)),
                Param.query("start", "From (inclusive); ISO-8601 or epoch ms"),
                Param.query("end", "To (exclusive); ISO-8601 or epoch ms"),
                Pages.LIMIT,
                Pages.OFFSET),
            Map.of(200, "One page of entries, with nextOffset"),
            this::logs),
        Route.get(
            "/audit/gaps",
            "auditGaps",
            "audit",
            "Data gaps, newest first",
            List.of(
                Param.query("dataset", "Dataset id"),
                Param.query("status", "Gap status").oneOf(Params.names(GapStatus.class)),
                Param.query("cause", "Why the gap is there").oneOf(Params.names(GapCause.class)),
                Param.query("fate", "What became of the gap")
                    .oneOf(Params.names(GapFate.Kind.class)),
                Pages.LIMIT,
                Pages.OFFSET),
            Map.of(200, "One page of gaps, with nextOffset"),
            this::gaps));
  }

  private void logs(Context ctx) {
    AuditLogQuery query =
        new AuditLogQuery(
            Params.text(ctx, "dataset"),
            Params.pair(ctx, "pair"),
            Params.text(ctx, "type"),
            Params.choice(ctx, "severity", Severity.class),
            Params.time(ctx, "start"),
            Params.time(ctx, "end"));
    PageRequest page = Params.page(ctx);
    var entries = deadline.call(() -> audit.logs(query, page));
    Json.write(ctx, 200, Pages.of("logs", entries, MetadataJson::auditLog, page));
  }

  private void gaps(Context ctx) {
    String dataset = Params.text(ctx, "dataset");
    GapFilter filter =
        new GapFilter(
            dataset,
            Params.choice(ctx, "status", GapStatus.class),
            Params.choice(ctx, "cause", GapCause.class),
            Params.choice(ctx, "fate", GapFate.Kind.class));
    PageRequest page = Params.page(ctx);
    var gaps = deadline.call(() -> audit.gaps(filter, page));
    Json.write(ctx, 200, Pages.of("gaps", gaps, MetadataJson::gap, page));
  }
}
