package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.Await;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --dev} with nothing configured and nothing installed (no NATS, MariaDB or MongoDB
 * address in its environment): within a minute it is ready and serves the synthetic market, and the
 * auditor finds the fault injected on purpose.
 */
class DevModeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void givenOnlyAJdkWhenServedInDevModeThenTheSyntheticMarketIsStoredServedAndAudited()
      throws Exception {
    int port = ServiceProcess.freePort();
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("API_PORT", String.valueOf(port));
    env.put("AUDIT_INTERVAL", "3s");
    env.put("INITIAL_STARTUP_DELAY", "1s");
    env.put("SYNTHETIC_SEED", "7");
    env.put("SYNTHETIC_FAULTS", "agg_trades=50");
    Path data = dir.resolve("data");
    try (ServiceProcess service =
        ServiceProcess.jar(
            env, dir.resolve("out.log"), "serve", "--dev", "--data-dir", data.toString())) {
      Await.until(
          "readiness 200 (output so far: see the log)",
          Duration.ofSeconds(60),
          () -> ServiceProcess.get(port, "/health/readiness"),
          r -> r != null && r.statusCode() == 200);

      JsonNode trades =
          body(
              Await.until(
                  "synthetic trades served",
                  Duration.ofSeconds(30),
                  () -> ServiceProcess.get(port, "/data/trades?pair=BTCUSDT&limit=5"),
                  r -> r != null && r.statusCode() == 200 && r.body().contains("\"tradeId\"")));
      assertThat(trades.get("data")).isNotEmpty();
      Await.until(
          "synthetic candles served",
          Duration.ofSeconds(30),
          () -> ServiceProcess.get(port, "/data/candles?pair=BTCUSDT&period=1m&limit=5"),
          r -> r != null && r.statusCode() == 200 && r.body().contains("\"openTime\""));
      JsonNode catalog =
          body(
              Await.until(
                  "the catalog lists the synthetic series",
                  Duration.ofSeconds(30),
                  () -> ServiceProcess.get(port, "/catalog/datasets?limit=100"),
                  // series register one by one as their first records arrive
                  r ->
                      r != null
                          && r.body().contains("agg_trades_BTCUSDT")
                          && r.body().contains("candles_ETHUSDT_1m")
                          && r.body().contains("depth_BNBUSDT")));
      assertThat(catalog.toString()).contains("candles_ETHUSDT_1m").contains("depth_BNBUSDT");
      Await.until(
          "the auditor reports the withheld aggregate trades as a gap",
          Duration.ofSeconds(60),
          () -> ServiceProcess.get(port, "/audit/gaps?dataset=agg_trades_BTCUSDT&limit=10"),
          r -> r != null && r.statusCode() == 200 && r.body().contains("agg_trades_BTCUSDT"));

      String log = service.output();
      assertThat(log).contains("Development mode: embedded stores, NOT for production.");
      assertThat(log).contains("curl -s 'http://localhost:" + port + "/data/candles?pair=BTCUSDT");
      assertThat(log).doesNotContain("NATS connection");
    }
  }

  @Test
  void givenADevServiceRunningWhenASecondUsesTheSameDataDirectoryThenItIsToldSoAndStops()
      throws Exception {
    int port = ServiceProcess.freePort();
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("API_PORT", String.valueOf(port));
    Path data = dir.resolve("shared");
    try (ServiceProcess first =
        ServiceProcess.jar(
            env, dir.resolve("first.log"), "serve", "--dev", "--data-dir", data.toString())) {
      Await.until(
          "the first dev service ready",
          Duration.ofSeconds(60),
          () -> ServiceProcess.get(port, "/health/readiness"),
          r -> r != null && r.statusCode() == 200);
      Map<String, String> other = ServiceProcess.bareEnvironment();
      other.put("API_PORT", String.valueOf(ServiceProcess.freePort()));
      try (ServiceProcess second =
          ServiceProcess.jar(
              other,
              dir.resolve("second.log"),
              "import",
              "--dev",
              "--data-dir",
              data.toString(),
              dir.resolve("first.log").toString())) {
        assertThat(second.waitFor(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(second.output())
            .contains("is in use by another market-data-manager")
            .contains(data.toAbsolutePath().toString());
      }
    }
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
