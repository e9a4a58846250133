package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mdm.adapter.in.nats.NatsListenerSettings.DeliveryMode;
import com.mdm.domain.market.SeriesType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void withNothingSetTheOriginalDefaultsApply() {
    ServiceConfig config = ConfigLoader.load(Map.of());

    assertThat(config.natsUrl()).isEqualTo("nats://localhost:4222");
    assertThat(config.nats().subject()).isEqualTo("binance.futures.websocket.data");
    assertThat(config.nats().deadLetterSubject()).isEqualTo("binance.futures.websocket.data.dlq");
    assertThat(config.nats().mode()).isEqualTo(DeliveryMode.JETSTREAM);
    assertThat(config.mongo().uri()).isEqualTo("mongodb://localhost:27017/");
    assertThat(config.mongo().database()).isEqualTo("petrosa_data_manager");
    assertThat(config.mongo().writeConcern()).isEqualTo("majority");
    assertThat(config.mongo().retention())
        .containsEntry(SeriesType.TRADES, Duration.ofDays(7))
        .containsEntry(SeriesType.AGG_TRADES, Duration.ofDays(7))
        .doesNotContainKey(SeriesType.CANDLES);
    assertThat(config.mysql().jdbcUrl())
        .isEqualTo(
            "jdbc:mysql://localhost:3306/petrosa_data_manager"
                + "?createDatabaseIfNotExist=true&connectTimeout=5000");
    assertThat(config.mysql().user()).isEqualTo("root");
    assertThat(config.batch().maxBatchSize()).isEqualTo(1000);
    assertThat(config.batch().maxDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(config.nats().readers()).isEqualTo(2);
    assertThat(config.logLevel()).isEqualTo("INFO");
  }

  @Test
  void correctingCandlesFromRestIsOffUnlessAsked() {
    assertThat(ConfigLoader.load(Map.of()).audit().reconciliation().correctFromRest()).isFalse();
    assertThat(
            ConfigLoader.load(Map.of("RECONCILE_CORRECT_FROM_REST", "true"))
                .audit()
                .reconciliation()
                .correctFromRest())
        .isTrue();
  }

  @Test
  void natsReadersSetsHowManyThreadsPullFromTheDurableConsumer() {
    assertThat(ConfigLoader.load(Map.of("NATS_READERS", "4")).nats().readers()).isEqualTo(4);
    assertInvalid(
        "NATS_READERS", "0", "NATS_READERS='0' is invalid: expected a whole number from 1 to 64");
  }

  @Test
  void hostPortAndCredentialsBuildTheMongoUriWithEscaping() {
    ServiceConfig config =
        ConfigLoader.load(
            Map.of(
                "MONGODB_HOST", "db.internal",
                "MONGODB_PORT", "27018",
                "MONGODB_USER", "svc",
                "MONGODB_PASSWORD", "p@ss word/1"));

    assertThat(config.mongo().uri())
        .isEqualTo("mongodb://svc:p%40ss%20word%2F1@db.internal:27018/");
    assertThat(config.mongo().redactedUri()).isEqualTo("mongodb://svc:***@db.internal:27018/");
  }

  @Test
  void uriOverridesWinOverHostAndPort() {
    ServiceConfig config =
        ConfigLoader.load(
            Map.of(
                "MONGODB_URI", "mongodb://a:1,b:2/?replicaSet=rs0",
                "MONGODB_HOST", "ignored",
                "MYSQL_URL", "jdbc:mysql://meta:3307/md",
                "MYSQL_HOST", "ignored"));

    assertThat(config.mongo().uri()).isEqualTo("mongodb://a:1,b:2/?replicaSet=rs0");
    assertThat(config.mysql().jdbcUrl()).isEqualTo("jdbc:mysql://meta:3307/md");
  }

  @Test
  void durationsAcceptUnitsAndBareNumbers() {
    ServiceConfig config =
        ConfigLoader.load(
            Map.of("BATCH_MAX_DELAY", "250", "NATS_ACK_WAIT", "2m", "NATS_STREAM_MAX_AGE", "24h"));

    assertThat(config.batch().maxDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.nats().ackWait()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.nats().streamMaxAge()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void retentionCanBeTurnedOffAndOn() {
    ServiceConfig config =
        ConfigLoader.load(Map.of("TRADES_RETENTION_DAYS", "0", "DEPTH_RETENTION_DAYS", "3"));

    assertThat(config.mongo().retention())
        .doesNotContainKey(SeriesType.TRADES)
        .containsEntry(SeriesType.DEPTH, Duration.ofDays(3));
  }

  @Test
  void anInvalidValueIsReportedInOneLineNamingVariableValueAndExpectation() {
    assertInvalid(
        "MAX_BATCH_SIZE",
        "lots",
        "MAX_BATCH_SIZE='lots' is invalid: expected a whole number from 1 to 100000");
    assertInvalid(
        "MONGODB_PORT",
        "0",
        "MONGODB_PORT='0' is invalid: expected a whole number from 1 to 65535");
    assertInvalid(
        "NATS_URL",
        "http://x:4222",
        "NATS_URL='http://x:4222' is invalid: expected nats://host:port");
    assertInvalid(
        "NATS_MODE", "push", "NATS_MODE='push' is invalid: expected one of jetstream, core");
    assertInvalid(
        "NATS_CONSUMER_SUBJECT", "binance.>", "NATS_CONSUMER_SUBJECT='binance.>' is invalid");
    assertInvalid("LOG_LEVEL", "LOUD", "LOG_LEVEL='LOUD' is invalid: expected one of TRACE");
    assertInvalid("LOG_FORMAT", "xml", "LOG_FORMAT='xml' is invalid: expected one of text, json");
    assertInvalid(
        "BATCH_MAX_DELAY", "fast", "BATCH_MAX_DELAY='fast' is invalid: expected a duration");
    assertInvalid("MONGODB_WRITE_CONCERN", "all", "MONGODB_WRITE_CONCERN='all' is invalid");
    assertInvalid(
        "MYSQL_URL",
        "postgres://x",
        "MYSQL_URL='postgres://x' is invalid: expected a jdbc:mysql:// URL");
    assertInvalid(
        "NATS_STREAM_CREATE",
        "maybe",
        "NATS_STREAM_CREATE='maybe' is invalid: expected true or false");
  }

  @Test
  void theDeadLetterSubjectMustDifferFromTheConsumedOne() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of("NATS_CONSUMER_SUBJECT", "a.b", "NATS_DLQ_SUBJECT", "a.b")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("NATS_DLQ_SUBJECT='a.b'");
  }

  @Test
  void theMysqlPasswordNeverAppearsInTheConfigsText() {
    ServiceConfig config = ConfigLoader.load(Map.of("MYSQL_PASSWORD", "s3cret"));

    assertThat(config.toString()).doesNotContain("s3cret");
  }

  private static void assertInvalid(String variable, String value, String message) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of(variable, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
