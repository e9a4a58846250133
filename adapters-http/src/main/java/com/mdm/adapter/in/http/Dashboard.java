package com.mdm.adapter.in.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The read-only dashboard and the API explorer: static pages, styles and scripts from this jar's
 * {@code /dashboard} resources at {@code /}, and uPlot and Swagger UI from their WebJars at {@code
 * /webjars/...}. The pages call the public JSON API like any client; nothing is loaded from
 * elsewhere, and the Content-Security-Policy says so to the browser.
 */
final class Dashboard {

  /** Only this origin's scripts, styles, images and API; no inline script, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'none'";

  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "Cache-Control", "no-cache");

  private Dashboard() {}

  static void serve(JavalinConfig javalin) {
    javalin.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/dashboard";
          files.location = Location.CLASSPATH;
          files.headers = HEADERS;
        });
    javalin.staticFiles.add(
        files -> {
          files.hostedPath = "/webjars";
          files.directory = "/META-INF/resources/webjars";
          files.location = Location.CLASSPATH;
          files.headers = HEADERS;
        });
  }
}
