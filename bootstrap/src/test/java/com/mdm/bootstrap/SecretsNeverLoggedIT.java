package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.Await;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service jar started with known secrets in every form it takes them (in variables, in {@code
 * *_FILE} files, inside connection strings) at DEBUG, made to fail a MariaDB login with a wrong
 * password and to refuse a wrong API token, so drivers and the service log all they will: not one
 * secret appears anywhere in its output.
 */
class SecretsNeverLoggedIT {

  @TempDir Path dir;

  @Test
  void givenSecretsInEveryFormWhenTheServiceRunsAndFailsLoginsThenNoneIsInItsOutput()
      throws Exception {
    String natsPassword = secret("nats");
    String mongoPassword = secret("mongo");
    String mysqlPassword = secret("mysql");
    String urlPassword = secret("url");
    String apiToken = secret("token");
    List<String> secrets =
        List.of(natsPassword, mongoPassword, mysqlPassword, urlPassword, apiToken);

    MysqlDatabase mysql = TestServices.mysqlDatabase();
    String natsUrl = TestServices.natsUrl().replace("nats://", "nats://mdm:" + natsPassword + "@");
    int port = ServiceProcess.freePort();
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("LOG_LEVEL", "DEBUG");
    env.put("NATS_URL", natsUrl);
    String id = TestServices.uniqueName("secrets");
    env.put("NATS_CONSUMER_SUBJECT", "mdm." + id + ".data");
    env.put("NATS_STREAM_NAME", id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    env.put("NATS_CONSUMER_DURABLE", id);
    env.put("MONGODB_URI", TestServices.mongoUri().replace("mongodb://", "mongodb://mdm@"));
    env.put("MONGODB_PASSWORD_FILE", file("mongo-password", mongoPassword + "\n").toString());
    String jdbc = mysql.jdbcUrl();
    env.put("MYSQL_URL", jdbc + (jdbc.contains("?") ? "&" : "?") + "password=" + urlPassword);
    env.put("MYSQL_USER", "root");
    env.put("MYSQL_PASSWORD_FILE", file("mysql-password", mysqlPassword + "\n").toString());
    env.put("API_TOKEN_FILE", file("api-token", apiToken + "\n").toString());
    env.put("API_PORT", String.valueOf(port));
    env.put("ENABLE_AUDITOR", "false");
    env.put("ENABLE_BACKFILLER", "false");

    try (ServiceProcess service = ServiceProcess.jar(env, dir.resolve("out.log"), "serve")) {
      Await.until(
          "liveness 200",
          Duration.ofSeconds(60),
          () -> ServiceProcess.get(port, "/health/liveness"),
          r -> r != null && r.statusCode() == 200);
      assertThat(post(port, "Bearer not-" + apiToken)).isEqualTo(401);
      assertThat(post(port, "Bearer " + apiToken)).isNotEqualTo(401);
      Await.until(
          "the failed MariaDB login in the log",
          Duration.ofSeconds(60),
          service::output,
          output -> output.contains("Access denied"));
      String output = service.output();
      assertThat(output)
          .contains("configuration: ", "mdm:***@")
          .doesNotContain("%nopex", "%redact");
      for (String secret : secrets) {
        assertThat(output).as("the output while running").doesNotContain(secret);
      }
    }
    String output = Files.readString(dir.resolve("out.log"));
    for (String secret : secrets) {
      assertThat(output).as("the whole output, shutdown included").doesNotContain(secret);
    }
  }

  private static String secret(String what) {
    return what + "-S3cr3t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private static int post(int port, String authorization) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/backfill/start"))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(20))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"pair\":\"BTCUSDT\",\"data_type\":\"trades\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return answer.statusCode();
  }
}
