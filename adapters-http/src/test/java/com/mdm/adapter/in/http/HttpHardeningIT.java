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
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API's guards over real HTTP: security headers on every answer, 431 and 413 for oversized
 * heads and bodies, failed tokens counted and limited per client address, and header values that
 * are not ASCII answered like any other.
 */
class HttpHardeningIT {

  private static final String TOKEN = "the-right-token";
  private static final String JOB = "{\"pair\":\"BTCUSDT\",\"data_type\":\"trades\"}";

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private HttpApiServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    InvocationHandler failing =
        (proxy, method, args) -> {
          throw new IllegalStateException("the stub use case was called");
        };
    HttpApiUseCases useCases =
        new HttpApiUseCases(
            stub(QueryHealthUseCase.class, failing),
            stub(QueryMarketDataUseCase.class, failing),
            stub(QueryCatalogUseCase.class, failing),
            stub(QueryAuditUseCase.class, failing),
            stub(ManageBackfillJobsUseCase.class, failing),
            stub(QueryCoverageUseCase.class, failing));
    HttpApiConfig config =
        HttpApiConfig.defaults()
            .withPort(0)
            .withApiToken(TOKEN)
            .withGuards(8 * 1024, 3, Duration.ofSeconds(60));
    server = new HttpApiServer(config, useCases, meters, () -> "").start();
    api = new ApiClient(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void apiAnswersAreNotSniffedNotStoredAndAllowNothing() {
    for (String path : new String[] {"/health/liveness", "/openapi.json", "/no/such/route"}) {
      Answer answer = api.get(path);
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
      assertThat(answer.header("Content-Security-Policy"))
          .as(path)
          .startsWith("default-src 'none'");
    }
  }

  @Test
  void pagesCarryTheirPolicyAndAreNotSniffed() {
    for (String path : new String[] {"/", "/docs/", "/app.css"}) {
      Answer answer = api.get(path);
      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Content-Security-Policy"))
          .as(path)
          .isEqualTo(Dashboard.CONTENT_SECURITY_POLICY);
    }
  }

  @Test
  void headersOverTheLimitAre431AndABodyOverTheLimitIs413() {
    String head =
        "GET /health/liveness HTTP/1.1\r\nHost: x\r\nX-Big: "
            + "a".repeat(9 * 1024)
            + "\r\nConnection: close\r\n\r\n";
    assertThat(RawHttp.status(RawHttp.exchange(server.port(), head, new byte[0]))).isEqualTo(431);

    String body = "{\"pair\":\"" + "A".repeat(70 * 1024) + "\"}";
    assertThat(api.post("/backfill/start", body, TOKEN).status()).isEqualTo(413);
    assertThat(api.get("/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void wrongTokensAreCountedAndLimitedPerClientWithoutHoldingBackAnother() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(api.post("/backfill/start", JOB, "guess-" + i).status()).isEqualTo(401);
    }

    Answer limited = api.post("/backfill/start", JOB, TOKEN);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
    // another address of this host, with the right token, is served
    assertThat(fromOtherAddress()).isNotIn(401, 429);
    assertThat(api.post("/backfill/start", JOB, TOKEN).status()).isEqualTo(429);
    assertThat(count("invalid")).isEqualTo(3);
    assertThat(count("limited")).isEqualTo(2);
  }

  @Test
  void headerValuesThatAreNotAsciiAreAnsweredNotCrashedOn() {
    String head =
        "POST /backfill/start HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tökén-日本\r\n"
            + "X-Note: \u00ff\u0080 Ü\r\nContent-Type: application/json\r\nContent-Length: "
            + JOB.getBytes(StandardCharsets.UTF_8).length
            + "\r\nConnection: close\r\n\r\n";

    String answer = RawHttp.exchange(server.port(), head, JOB.getBytes(StandardCharsets.UTF_8));

    assertThat(RawHttp.status(answer)).isIn(400, 401);
    assertThat(api.get("/health/liveness").status()).isEqualTo(200);
  }

  private int fromOtherAddress() throws Exception {
    HttpClient other =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
    HttpResponse<String> answer =
        other.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/backfill/start"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JOB))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode();
  }

  private double count(String outcome) {
    return meters.get(WriteAccess.FAILURES_METER).tag("outcome", outcome).counter().count();
  }

  private static <T> T stub(Class<T> type, InvocationHandler behaviour) {
    return type.cast(
        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, behaviour));
  }
}
