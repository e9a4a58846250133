package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mdm.adapter.in.http.ApiClient.Answer;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsRoutesIT {

  private ApiTestStack stack;
  private ApiClient api;

  @BeforeAll
  void start() {
    stack = ApiTestStack.start();
    api = stack.api;
  }

  @AfterAll
  void stop() throws Exception {
    stack.close();
  }

  @Test
  void metricsArePrometheusTextWithJvmAndHttpMeters() {
    api.get("/health/liveness");
    api.get("/data/trades?pair=NOPE!");

    Answer answer = api.get("/metrics");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/plain");
    assertThat(answer.body()).contains("jvm_memory_used_bytes");
    assertThat(answer.body())
        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/health/liveness\"");
    assertThat(answer.body())
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*status=\"400\"[^}]*uri=\"/data/trades\"");
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteTheServerServes() {
    JsonNode document = api.get("/openapi.json").json();

    assertThat(document.get("openapi").asText()).startsWith("3.");
    JsonNode paths = document.get("paths");
    assertThat(stack.server.routes()).hasSizeGreaterThanOrEqualTo(25);
    for (Route route : stack.server.routes()) {
      JsonNode operation = paths.path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
      assertThat(operation.isObject()).as(route.method() + " " + route.path()).isTrue();
      assertThat(operation.get("operationId").asText()).isEqualTo(route.operationId());
      for (Param param : route.params()) {
        assertThat(operation.get("parameters"))
            .as(route.path() + " documents " + param.name())
            .anySatisfy(p -> assertThat(p.get("name").asText()).isEqualTo(param.name()));
      }
      if (route.write()) {
        assertThat(operation.get("security")).as(route.path()).isNotNull();
      }
    }
    int operations = 0;
    for (JsonNode item : paths) {
      operations += item.size();
    }
    assertThat(operations).isEqualTo(stack.server.routes().size());
  }

  @Test
  void everyRouteInTheTableIsServed() {
    for (Route route : stack.server.routes()) {
      String path = route.path().replace("{id}", "some-id");
      Answer answer =
          switch (route.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}", ApiTestStack.TOKEN);
            case "DELETE" -> api.delete(path, ApiTestStack.TOKEN);
            default -> throw new AssertionError(route.method());
          };
      assertThat(answer.status()).as(route.method() + " " + path).isNotIn(405, 500);
      if (answer.status() == 404) {
        // only unknown ids may be 404, never an unknown route
        assertThat(route.path()).contains("{id}");
        assertThat(answer.json().get("detail").asText()).doesNotStartWith("no route");
      }
    }
  }

  @Test
  void anUnknownRouteIsA404ProblemAndAWrongMethodA405() {
    Answer unknown = api.get("/data/candels?pair=BTCUSDT");
    Answer wrongMethod = api.delete("/health/liveness", ApiTestStack.TOKEN);

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asText()).contains("/data/candels");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }
}
