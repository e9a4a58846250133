package com.mdm.adapter.in.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log line per request (logger {@code com.mdm.adapter.in.http.access}) and the {@code
 * http.server.requests} timer, tagged by route template rather than raw path so ids do not multiply
 * the series.
 */
final class RequestLog {

  static final String ROUTE_ATTRIBUTE = "mdm.route";

  private static final Logger ACCESS = LoggerFactory.getLogger("com.mdm.adapter.in.http.access");

  private final MeterRegistry meters;

  RequestLog(MeterRegistry meters) {
    this.meters = meters;
  }

  void log(Context ctx, Float millis) {
    String route = ctx.attribute(ROUTE_ATTRIBUTE);
    int status = ctx.statusCode();
    String query = ctx.queryString();
    ACCESS.info(
        "{} {} {} {} {}ms",
        ctx.ip(),
        ctx.method(),
        query == null ? ctx.path() : ctx.path() + "?" + query,
        status,
        String.format("%.1f", millis));
    Timer.builder("http.server.requests")
        .description("HTTP requests served by the API")
        .tag("method", ctx.method().name())
        .tag("uri", route == null ? "UNMATCHED" : route)
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .register(meters)
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return status >= 300 ? "REDIRECTION" : "SUCCESS";
  }
}
