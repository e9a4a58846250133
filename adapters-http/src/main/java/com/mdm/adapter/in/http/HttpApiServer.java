package com.mdm.adapter.in.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mdm.domain.port.in.InvalidRequestException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API on Javalin: every route of the route table, RFC 9457 problems for every failure, a
 * bearer token on writes (failures counted and limited per client), security headers and size
 * limits on every request, a deadline on every use-case call, an access-log line and a timer per
 * request.
 */
public final class HttpApiServer implements AutoCloseable {

  static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);

  private final HttpApiConfig config;
  private final QueryDeadline deadline;
  private final WriteAccess writeAccess;
  private final List<Route> routes;
  private final Javalin app;

  /**
   * @param meters where the {@code http.server.requests} timer is registered
   * @param metricsScrape the Prometheus text exposition of every meter, served at {@code /metrics}
   */
  public HttpApiServer(
      HttpApiConfig config,
      HttpApiUseCases useCases,
      MeterRegistry meters,
      Supplier<String> metricsScrape) {
    this.config = Objects.requireNonNull(config, "config must not be null");
    Objects.requireNonNull(useCases, "useCases must not be null");
    Objects.requireNonNull(meters, "meters must not be null");
    Objects.requireNonNull(metricsScrape, "metricsScrape must not be null");
    this.deadline = new QueryDeadline(config.requestTimeout());
    this.writeAccess = new WriteAccess(config, meters, Clock.systemUTC());
    this.routes = routes(useCases, meters, metricsScrape);
    RequestLog requestLog = new RequestLog(meters);
    this.app =
        Javalin.create(
            javalin -> {
              javalin.startup.showJavalinBanner = false;
              javalin.http.maxRequestSize = config.maxRequestBytes();
              javalin.jetty.modifyHttpConfiguration(
                  http -> http.setRequestHeaderSize(config.maxHeaderBytes()));
              javalin.http.defaultContentType = Json.CONTENT_TYPE;
              javalin.router.ignoreTrailingSlashes = true;
              javalin.http.prefer405over404 = true;
              javalin.requestLogger.http(requestLog::log);
              SecurityHeaders.register(javalin);
              Problems.register(javalin);
              Dashboard.serve(javalin);
              for (Route route : routes) {
                javalin.routes.addHttpHandler(
                    HandlerType.findOrCreate(route.method()), route.path(), guarded(route));
              }
            });
  }

  /** Starts listening; returns at once with the server accepting requests. */
  public HttpApiServer start() {
    app.start(config.host(), config.port());
    LOG.info("HTTP API listening on {}:{} ({})", config.host(), port(), config);
    return this;
  }

  /** The port listened on; with port 0 configured, the one picked at start. */
  public int port() {
    return app.port();
  }

  /** Every route served, in the order of the OpenAPI document. */
  List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
    deadline.close();
  }

  private List<Route> routes(
      HttpApiUseCases useCases, MeterRegistry meters, Supplier<String> metricsScrape) {
    List<Route> table = new ArrayList<>();
    table.addAll(new HealthRoutes(useCases.health(), deadline).routes());
    table.addAll(new DataRoutes(useCases.marketData(), useCases.coverage(), deadline).routes());
    table.addAll(new CatalogRoutes(useCases.catalog(), useCases.coverage(), deadline).routes());
    table.addAll(new AuditRoutes(useCases.audit(), deadline).routes());
    table.addAll(new CoverageRoutes(useCases.coverage(), deadline).routes());
    table.addAll(
        new BackfillRoutes(useCases.backfill(), deadline, config.maxRequestBytes()).routes());
    table.add(
        Route.get(
                "/metrics",
                "metrics",
                "operations",
                "Every meter in the Prometheus text format: JVM, HTTP, ingest, audit, backfill",
                List.of(),
                Map.of(200, "Prometheus text exposition"),
                ctx -> ctx.contentType(PROMETHEUS_CONTENT_TYPE).result(metricsScrape.get()))
            .producing(PROMETHEUS_CONTENT_TYPE));
    table.add(
        Route.get(
            "/metrics/ingest",
            "ingestMeters",
            "operations",
            "Ingest meters of this process as JSON totals: messages, events by type, records stored"
                + " by type, dead letters by reason, consumer pending and in flight",
            List.of(),
            Map.of(200, "The totals since the process started"),
            ctx -> AnswerJson.write(ctx, 200, IngestMeters.of(meters))));
    byte[][] document = new byte[1][];
    table.add(
        Route.get(
            "/openapi.json",
            "openapi",
            "operations",
            "This document",
            List.of(),
            Map.of(200, "OpenAPI 3.1"),
            ctx -> ctx.contentType(Json.CONTENT_TYPE).result(document[0])));
    List<Route> all = Collections.unmodifiableList(table);
    try {
      document[0] = Json.MAPPER.writeValueAsBytes(OpenApiDocument.of(all));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the OpenAPI document", e);
    }
    return all;
  }

  private Handler guarded(Route route) {
    Set<String> known =
        route.params().stream()
            .filter(param -> param.in().equals("query"))
            .map(Param::name)
            .collect(Collectors.toUnmodifiableSet());
    return ctx -> {
      ctx.attribute(RequestLog.ROUTE_ATTRIBUTE, route.path());
      if (route.write()) {
        writeAccess.check(ctx);
      }
      rejectUnknown(ctx, known);
      route.handler().handle(ctx);
    };
  }

  private static void rejectUnknown(Context ctx, Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw new InvalidRequestException(
            name,
            "unknown parameter '"
                + Params.abbreviate(name)
                + "': this route takes "
                + (known.isEmpty() ? "none" : known.stream().sorted().toList()));
      }
    }
  }
}
