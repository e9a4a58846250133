package com.mdm.adapter.in.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mdm.domain.port.in.InvalidRequestException;
import com.mdm.domain.port.in.NoDataStoredException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every failure with an RFC 9457 {@code application/problem+json} body; nothing of a stack
 * trace reaches the client, unexpected failures are logged with an id the answer repeats.
 */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  // The use cases name the fields of their queries; the API names some of them differently.
  private static final Map<String, String> PARAMETER_NAMES =
      Map.of(
          "symbol", "pair",
          "timeframe", "period",
          "datasetId", "dataset",
          "from", "start",
          "to", "end");

  private Problems() {}

  static void register(JavalinConfig config) {
    config.routes.exception(InvalidRequestException.class, Problems::invalidRequest);
    config.routes.exception(
        InvalidFieldException.class, (e, ctx) -> badRequest(ctx, e.field(), e.getMessage()));
    config.routes.exception(
        NoDataStoredException.class, (e, ctx) -> write(ctx, 404, e.getMessage(), null));
    config.routes.exception(ProblemException.class, Problems::problem);
    config.routes.exception(HttpResponseException.class, Problems::httpResponse);
    config.routes.exception(Exception.class, Problems::unexpected);
  }

  static void write(Context ctx, int status, String detail, ObjectNode extensions) {
    HttpStatus known = HttpStatus.forStatus(status);
    ObjectNode body = Json.object();
    body.put("type", "about:blank");
    body.put("title", known == HttpStatus.UNKNOWN ? "Error" : known.getMessage());
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", ctx.path());
    if (extensions != null) {
      body.setAll(extensions);
    }
    SecurityHeaders.api(ctx);
    Json.write(ctx, status, CONTENT_TYPE, body);
  }

  private static void invalidRequest(InvalidRequestException e, Context ctx) {
    badRequest(ctx, PARAMETER_NAMES.getOrDefault(e.parameter(), e.parameter()), e.getMessage());
  }

  private static void badRequest(Context ctx, String name, String reason) {
    ObjectNode extensions = Json.object();
    extensions.putArray("invalid-params").addObject().put("name", name).put("reason", reason);
    write(ctx, 400, reason, extensions);
  }

  private static void problem(ProblemException e, Context ctx) {
    e.headers().forEach(ctx::header);
    write(ctx, e.status(), e.getMessage(), null);
  }

  private static void httpResponse(HttpResponseException e, Context ctx) {
    String detail =
        e.getStatus() == 404
            ? "no route " + ctx.method() + " " + ctx.path() + "; see /openapi.json"
            : e.getMessage();
    write(ctx, e.getStatus(), detail, null);
  }

  private static void unexpected(Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString();
    LOG.error("{} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
    ObjectNode extensions = Json.object();
    extensions.put("incident", incident);
    write(
        ctx,
        500,
        "the request could not be served; the service log has the cause under incident " + incident,
        extensions);
  }
}
