package com.mdm.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.adapter.in.http.ApiClient.Answer;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.in.QueryAuditUseCase;
import com.mdm.domain.port.in.QueryCatalogUseCase;
import com.mdm.domain.port.in.QueryCoverageUseCase;
import com.mdm.domain.port.in.QueryHealthUseCase;
import com.mdm.domain.port.in.QueryMarketDataUseCase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's own behaviour, over stub use cases: deadlines and unexpected failures. */
class HttpApiServerTest {

  private HttpApiServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aUseCaseThatOverrunsTheDeadlineIsAnswered503InTime() {
    server =
        start(
            (proxy, method, args) -> {
              Thread.sleep(30_000);
              return null;
            });
    long started = System.nanoTime();

    Answer answer = new ApiClient(server.port()).get("/catalog/datasets");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).contains("longer than 300 ms");
  }

  @Test
  void anUnexpectedFailureIsA500ProblemWithAnIncidentIdAndNoStackTrace() {
    server =
        start(
            (proxy, method, args) -> {
              throw new IllegalStateException("secret connection string mongodb://admin:pw@db");
            });

    Answer answer = new ApiClient(server.port()).get("/catalog/datasets");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("incident").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("secret", "IllegalStateException", "\tat ");
  }

  @Test
  void theLivenessRouteAnswersWithoutCallingAnyUseCase() {
    server =
        start(
            (proxy, method, args) -> {
              throw new AssertionError("no use case may be called");
            });

    assertThat(new ApiClient(server.port()).get("/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void theConfigurationNeverPrintsTheToken() {
    assertThat(HttpApiConfig.defaults().withApiToken("s3cret").toString())
        .doesNotContain("s3cret")
        .contains("apiToken=set");
  }

  private static HttpApiServer start(InvocationHandler behaviour) {
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            stub(QueryHealthUseCase.class, behaviour),
            stub(QueryMarketDataUseCase.class, behaviour),
            stub(QueryCatalogUseCase.class, behaviour),
            stub(QueryAuditUseCase.class, behaviour),
            stub(ManageBackfillJobsUseCase.class, behaviour),
            stub(QueryCoverageUseCase.class, behaviour));
    HttpApiConfig config =
        HttpApiConfig.defaults().withPort(0).withRequestTimeout(Duration.ofMillis(300));
    return new HttpApiServer(config, useCases, new SimpleMeterRegistry(), () -> "").start();
  }

  private static <T> T stub(Class<T> type, InvocationHandler behaviour) {
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, behaviour));
  }
}
