package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.http.ApiClient.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard's pages, scripts and WebJars are served from the jar with a strict policy. */
class DashboardTest {

  private static HttpApiServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    GoldenCatalog catalog = new GoldenCatalog();
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            new GoldenHealth(),
            new GoldenMarketData(),
            catalog,
            catalog,
            new GoldenBackfill(),
            GoldenCoverage.create());
    server =
        new HttpApiServer(
                HttpApiConfig.defaults().withPort(0), useCases, new SimpleMeterRegistry(), () -> "")
            .start();
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRootServesTheOverviewWithAPolicyAllowingOnlyOwnScripts() {
    Answer answer = api.get("/");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("<script src=\"/overview.js\"></script>");
    assertThat(answer.response().headers().firstValue("Content-Security-Policy"))
        .hasValue(Dashboard.CONTENT_SECURITY_POLICY);
    assertThat(Dashboard.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self';")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void noPageHoldsAnInlineScriptOrLoadsAnythingFromElsewhere() {
    for (String page :
        new String[] {"/", "/dataset.html", "/repairs.html", "/ingest.html", "/docs/"}) {
      Answer answer = api.get(page);

      assertThat(answer.status()).as(page).isEqualTo(200);
      assertThat(answer.body()).as(page).doesNotContain("<script>").doesNotContain("http");
    }
  }

  @Test
  void uPlotAndSwaggerUiAreServedFromTheirWebJars() {
    assertThat(api.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status()).isEqualTo(200);
    assertThat(api.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").status()).isEqualTo(200);
    assertThat(api.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").status()).isEqualTo(200);
  }

  @Test
  void theApiExplorerAnswersWithAndWithoutTheTrailingSlash() {
    for (String path : new String[] {"/docs", "/docs/"}) {
      Answer answer = api.get(path);

      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.body()).as(path).contains("<script src=\"/docs/docs.js\"></script>");
    }
  }

  @Test
  void anUnknownPathIsStillTheApiNotFoundProblem() {
    Answer answer = api.get("/no-such-page");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
