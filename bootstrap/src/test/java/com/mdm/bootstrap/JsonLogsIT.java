package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.testsupport.MysqlDatabase;
import com.mdm.testsupport.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code LOG_FORMAT=json}: the service jar writes one JSON object per line, every line, with the
 * fields log shippers read; non-ASCII text and an exception's stack included. An unknown format is
 * refused by name.
 */
class JsonLogsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void givenJsonLogsWhenStartUpFailsOnAMissingStreamThenEveryLineIsAJsonObject() throws Exception {
    String id = TestServices.uniqueName("json");
    // a subject may be any UTF-8 text; the start-up error names it
    String subject = "mdm." + id + ".prüfung.データ";
    MysqlDatabase mysql = TestServices.mysqlDatabase();
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.putAll(
        Map.of(
            "LOG_FORMAT", "json",
            "LOG_LEVEL", "DEBUG",
            "NATS_URL", TestServices.natsUrl(),
            "NATS_CONSUMER_SUBJECT", subject,
            "NATS_STREAM_NAME", ("MDM_" + id).toUpperCase(java.util.Locale.ROOT),
            "NATS_STREAM_CREATE", "false",
            "MONGODB_URI", TestServices.mongoUri(),
            "MONGODB_DB", TestServices.uniqueName("mdm"),
            "MYSQL_URL", mysql.jdbcUrl(),
            "MYSQL_USER", mysql.user()));
    env.put("MYSQL_PASSWORD", mysql.password());
    // the JVM decodes its environment by the locale's charset, as in the image (LANG=en_US.UTF-8)
    env.put("LC_ALL", "C.UTF-8");
    env.put("API_PORT", String.valueOf(ServiceProcess.freePort()));
    env.put("ENABLE_AUDITOR", "false");
    Path out = dir.resolve("out.log");
    try (ServiceProcess service = ServiceProcess.jar(env, out, "serve")) {
      assertThat(service.waitFor(Duration.ofSeconds(90))).as(service.output()).isEqualTo(1);
    }

    List<String> lines = Files.readAllLines(out, java.nio.charset.StandardCharsets.UTF_8);
    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
      assertThat(event.get("timestamp").isNumber()).as(line).isTrue();
      assertThat(event.get("level").asText()).as(line).matches("TRACE|DEBUG|INFO|WARN|ERROR");
      assertThat(event.get("loggerName").asText()).as(line).isNotEmpty();
      assertThat(event.get("threadName").asText()).as(line).isNotEmpty();
      assertThat(event.has("formattedMessage")).as(line).isTrue();
      events.add(event);
    }
    assertThat(events).hasSizeGreaterThan(10);
    JsonNode failed =
        events.stream()
            .filter(e -> e.get("formattedMessage").asText().startsWith("start-up failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no start-up failure line in\n" + lines));
    assertThat(failed.get("level").asText()).isEqualTo("ERROR");
    assertThat(failed.get("formattedMessage").asText()).contains(subject);
    JsonNode stack =
        events.stream()
            .filter(e -> e.has("throwable") && !e.get("throwable").isNull())
            .filter(e -> e.get("formattedMessage").asText().equals("start-up failure"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line carrying the exception"))
            .get("throwable");
    assertThat(stack.get("className").asText()).isEqualTo(IllegalStateException.class.getName());
    assertThat(stack.get("message").asText()).contains(subject);
    assertThat(stack.get("stepArray")).isNotEmpty();
  }

  @Test
  void givenAnUnknownLogFormatThenTheServiceRefusesItByName() throws Exception {
    Map<String, String> env = ServiceProcess.bareEnvironment();
    env.put("LOG_FORMAT", "xml");
    try (ServiceProcess service = ServiceProcess.jar(env, dir.resolve("bad.log"), "serve")) {
      assertThat(service.waitFor(Duration.ofSeconds(60))).isEqualTo(ExitCodes.USAGE);
      assertThat(service.output())
          .contains("LOG_FORMAT='xml' is invalid: expected one of text, json");
    }
  }
}
