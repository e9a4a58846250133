package com.mdm.adapter.in.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Headers every answer carries: {@code X-Content-Type-Options: nosniff} on all of them, and on API
 * answers (routes and problems) {@code Cache-Control: no-store} and a Content-Security-Policy that
 * allows nothing, as JSON and text need nothing. The pages get their own policy from {@link
 * Dashboard}. Jetty's own 431 for oversized headers is written before any of this runs.
 */
final class SecurityHeaders {

  static final String NOSNIFF = "nosniff";
  static final String NO_STORE = "no-store";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void register(JavalinConfig javalin) {
    javalin.routes.before(ctx -> ctx.header("X-Content-Type-Options", NOSNIFF));
    javalin.routes.beforeMatched(SecurityHeaders::api);
  }

  /** The headers of an API answer; also called for problems, which may match no route. */
  static void api(Context ctx) {
    ctx.header("X-Content-Type-Options", NOSNIFF);
    ctx.header("Cache-Control", NO_STORE);
    ctx.header("Content-Security-Policy", API_POLICY);
  }
}
