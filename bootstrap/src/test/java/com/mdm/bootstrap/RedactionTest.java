package com.mdm.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mongodb://admin:pa55@db1:27017,db2/x?tls=true | mongodb://admin:***@db1:27017,db2/x?tls=true",
        "mongodb+srv://u:p%40ss@cluster.example.net/ | mongodb+srv://u:***@cluster.example.net/",
        "connect to nats://mdm:hunter2@nats:4222 failed | connect to nats://mdm:***@nats:4222 failed",
        "nats://s3cr3ttoken@nats:4222 | nats://***@nats:4222",
        "jdbc:mysql://db:3306/m?user=root&password=pw1&ssl=true | jdbc:mysql://db:3306/m?user=root&password=***&ssl=true",
        "jdbc:mariadb://root:pw2@db/m | jdbc:mariadb://root:***@db/m",
        "Authorization: Bearer abc.def-123 | Authorization: Bearer ***",
        "token=xyz; secret: qq | token=***; secret: ***",
        "MysqlConfig[jdbcUrl=x, user=root, password=***] | MysqlConfig[jdbcUrl=x, user=root, password=***]",
        "apiToken=set, maxFailedTokens=10 | apiToken=set, maxFailedTokens=10",
        "nothing secret at 12:00:01 | nothing secret at 12:00:01"
      })
  void secretsAreMaskedAndTheRestIsKept(String text, String masked) {
    assertThat(Redaction.redact(text)).isEqualTo(masked);
  }

  @Test
  void theLogLayoutMasksADriversLineAndItsStackTrace() throws Exception {
    String xml = new String(getClass().getResourceAsStream("/logback.xml").readAllBytes(), UTF_8);
    String text =
        new String(getClass().getResourceAsStream("/logback-text.xml").readAllBytes(), UTF_8);
    Matcher pattern = Pattern.compile("<pattern>(.*)</pattern>").matcher(text);
    assertThat(xml)
        .contains("conversionWord=\"redact\" class=\"" + RedactingConverter.class.getName());
    assertThat(pattern.find()).isTrue();
    LoggerContext context = new LoggerContext();
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.getInstanceConverterMap().put("redact", RedactingConverter::new);
    layout.setPattern(pattern.group(1));
    layout.start();
    Logger driver = context.getLogger("com.mysql.cj.SomeDriverClass");

    String written =
        layout.doLayout(
            new LoggingEvent(
                Logger.class.getName(),
                driver,
                Level.ERROR,
                "cannot open jdbc:mysql://db/m?password=driverpw",
                new IllegalStateException("while connecting to mongodb://u:tracepw@db"),
                null));

    assertThat(written)
        .contains("password=***", "mongodb://u:***@db", "IllegalStateException", "\tat ")
        .doesNotContain("driverpw", "tracepw");
    assertThat(written.split("IllegalStateException", -1)).as("one stack trace").hasSize(2);
    assertThat(
            layout.doLayout(
                new LoggingEvent(
                    Logger.class.getName(), driver, Level.INFO, "a plain line", null, null)))
        .as("nothing of the pattern itself is printed")
        .endsWith(" com.mysql.cj.SomeDriverClass - a plain line\n")
        .doesNotContain("%");
  }

  @Test
  void theJsonLogEncoderMasksTheMessageAndTheStackTrace() throws Exception {
    String json =
        new String(getClass().getResourceAsStream("/logback-json.xml").readAllBytes(), UTF_8);
    assertThat(json).contains("class=\"" + RedactingJsonEncoder.class.getName() + "\"");
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    RedactingJsonEncoder encoder = new RedactingJsonEncoder();
    encoder.setContext(context);
    encoder.start();
    Logger driver = context.getLogger("com.mysql.cj.SomeDriverClass");

    String written =
        new String(
            encoder.encode(
                new LoggingEvent(
                    Logger.class.getName(),
                    driver,
                    Level.ERROR,
                    "cannot open jdbc:mysql://db/m?password=driverpw (Zürich)",
                    new IllegalStateException("while connecting to mongodb://u:tracepw@db"),
                    null)),
            UTF_8);

    assertThat(written)
        .contains("password=***", "mongodb://u:***@db", "Zürich", "IllegalStateException")
        .doesNotContain("driverpw", "tracepw");
  }
}
