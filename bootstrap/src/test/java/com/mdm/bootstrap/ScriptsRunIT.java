package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/run} as a user without stores meets it: no MongoDB and no MySQL answer (their
 * ports point at closed ones), so it runs development mode by itself, for {@code serve} and for
 * {@code import}.
 */
class ScriptsRunIT {

  private static final Path SCRIPT = Path.of("..", "scripts", "run").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void givenNoStoreAnsweringWhenServedThenItChoosesDevelopmentModeAndServesData() throws Exception {
    int port = ServiceProcess.freePort();
    Map<String, String> env = environment();
    env.put("API_PORT", String.valueOf(port));
    try (ServiceProcess run =
        ServiceProcess.start(
            List.of("bash", SCRIPT.toString(), "--data-dir", dir.resolve("data").toString()),
            env,
            dir.resolve("serve.log"))) {
      Await.until(
          "trades served by the development service",
          Duration.ofSeconds(90),
          () -> ServiceProcess.get(port, "/data/trades?pair=BTCUSDT&limit=2"),
          r -> r != null && r.statusCode() == 200 && r.body().contains("\"tradeId\""));
      assertThat(run.output())
          .contains("no MongoDB (MONGODB_URI, or localhost:" + env.get("MONGODB_PORT") + ")")
          .contains("development mode, with embedded stores (--dev)")
          .contains("Development mode: embedded stores, NOT for production.");
    }
  }

  @Test
  void
      givenNoStoreAnsweringWhenACaptureWithABadLineIsImportedThenTheGoodLineLandsAndTheExitCodeSaysSo()
          throws Exception {
    Path capture =
        Files.writeString(
            dir.resolve("capture.jsonl"),
            "{\"e\":\"trade\",\"E\":1714564800000,\"T\":1714564800000,\"s\":\"BTCUSDT\",\"t\":1,"
                + "\"p\":\"64990.90\",\"q\":\"0.001\",\"X\":\"MARKET\",\"m\":false}\n"
                + "{\"e\":\"trade\",\"s\":\"BTCUSDT\"\n");
    try (ServiceProcess run =
        ServiceProcess.start(
            List.of(
                "bash",
                SCRIPT.toString(),
                "import",
                "--data-dir",
                dir.resolve("data").toString(),
                capture.toString()),
            environment(),
            dir.resolve("import.log"))) {
      // exit code 1: some input was rejected; the good line is stored all the same
      assertThat(run.waitFor(Duration.ofSeconds(90))).as(run.output()).isEqualTo(1);
      assertThat(run.output())
          .contains("development mode")
          .contains("events stored: 1 new, 0 already stored")
          .contains("lines rejected: 1")
          .contains("capture.jsonl:2: malformed_json");
    }
  }

  private static Map<String, String> environment() throws Exception {
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("MDM_RUN_JAR", ServiceProcess.JAR.toAbsolutePath().toString());
    env.put("MONGODB_PORT", String.valueOf(ServiceProcess.freePort()));
    env.put("MYSQL_PORT", String.valueOf(ServiceProcess.freePort()));
    return env;
  }
}
