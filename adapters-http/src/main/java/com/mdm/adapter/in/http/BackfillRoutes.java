package com.mdm.adapter.in.http;

import com.mdm.domain.metadata.BackfillDataType;
import com.mdm.domain.metadata.BackfillJob;
import com.mdm.domain.metadata.BackfillStatus;
import com.mdm.domain.metadata.PageRequest;
import com.mdm.domain.port.in.BackfillRequest;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code /backfill/...}: create, list, inspect and cancel backfill jobs. */
final class BackfillRoutes {

  private final ManageBackfillJobsUseCase backfill;
  private final QueryDeadline deadline;
  private final long maxRequestBytes;

  BackfillRoutes(ManageBackfillJobsUseCase backfill, QueryDeadline deadline, long maxRequestBytes) {
    this.backfill = backfill;
    this.deadline = deadline;
    this.maxRequestBytes = maxRequestBytes;
  }

  List<Route> routes() {
    Map<Integer, String> created =
        Map.of(201, "The job, queued as pending; Location points at it", 413, "Body too large");
    String createSummary =
        "Queues a backfill job: dataType "
            + Params.names(BackfillDataType.class)
            + "; period for candle types only";
    Param id = Param.path("id", "Job id");
    return List.of(
        new Route(
            "POST",
            "/backfill/jobs",
            "createBackfillJob",
            "backfill",
            createSummary,
            List.of(),
            created,
            BackfillSchemas.REQUEST,
            Json.CONTENT_TYPE,
            ctx -> create(ctx, BackfillRequestBody::parse, BackfillRequestBody.NAMES)),
        new Route(
            "POST",
            "/backfill/start",
            "startBackfill",
            "backfill",
            "The original service's path and body for queueing a job: symbol, data_type ("
                + String.join(", ", OriginalBackfillRequestBody.DATA_TYPES.keySet())
                + "), timeframe, start_time, end_time, priority 1 (first) to 10 (last); answers as"
                + " POST /backfill/jobs does",
            List.of(),
            created,
            BackfillSchemas.ORIGINAL_REQUEST,
            Json.CONTENT_TYPE,
            ctx ->
                create(ctx, OriginalBackfillRequestBody::parse, OriginalBackfillRequestBody.NAMES)),
        Route.get(
            "/backfill/jobs",
            "listBackfillJobs",
            "backfill",
            "Backfill jobs, newest first",
            List.of(
                Param.query("status", "Job status").oneOf(Params.names(BackfillStatus.class)),
                Param.query("pair", "Symbol"),
                Pages.LIMIT,
                Pages.OFFSET),
            Map.of(200, "One page of jobs, with nextOffset"),
            this::list),
        Route.get(
            "/backfill/jobs/{id}",
            "getBackfillJob",
            "backfill",
            "One job with its progress",
            List.of(id),
            Map.of(200, "The job", 404, "No job with this id"),
            this::get),
        new Route(
            "DELETE",
            "/backfill/jobs/{id}",
            "cancelBackfillJob",
            "backfill",
            "Cancels a pending or running job",
            List.of(id),
            Map.of(
                200, "The cancelled job", 404, "No job with this id", 409, "The job already ended"),
            null,
            Json.CONTENT_TYPE,
            this::cancel));
  }

  /**
   * @param names the body's name of each {@link BackfillRequest} component, for the use case's
   *     refusals
   */
  private void create(
      Context ctx, Function<byte[], BackfillRequest> parser, Map<String, String> names) {
    BackfillRequest request = parser.apply(JsonBody.read(ctx, maxRequestBytes));
    BackfillJob job;
    try {
      job = deadline.call(() -> backfill.create(request));
    } catch (InvalidRequestException e) {
      throw new InvalidFieldException(
          names.getOrDefault(e.parameter(), e.parameter()), e.getMessage());
    }
    ctx.header("Location", "/backfill/jobs/" + job.jobId());
    Json.write(ctx, 201, MetadataJson.backfillJob(job));
  }

  private void list(Context ctx) {
    BackfillStatus status = Params.choice(ctx, "status", BackfillStatus.class);
    var pair = Params.pair(ctx, "pair");
    PageRequest page = Params.page(ctx);
    var jobs = deadline.call(() -> backfill.list(status, pair, page));
    Json.write(ctx, 200, Pages.of("jobs", jobs, MetadataJson::backfillJob, page));
  }

  private void get(Context ctx) {
    String id = ctx.pathParam("id");
    Json.write(ctx, 200, MetadataJson.backfillJob(find(id)));
  }

  private void cancel(Context ctx) {
    String id = ctx.pathParam("id");
    BackfillJob job = find(id);
    if (job.status().isFinal()) {
      throw alreadyEnded(job);
    }
    if (!deadline.call(() -> backfill.cancel(id))) {
      throw alreadyEnded(find(id));
    }
    Json.write(ctx, 200, MetadataJson.backfillJob(find(id)));
  }

  private BackfillJob find(String id) {
    return deadline
        .call(() -> backfill.get(id))
        .orElseThrow(() -> ProblemException.notFound("no backfill job " + id));
  }

  private static ProblemException alreadyEnded(BackfillJob job) {
    return new ProblemException(
        409,
        "backfill job " + job.jobId() + " already ended as " + MetadataJson.lower(job.status()));
  }
}
