package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets from variables or from {@code *_FILE} files, and what is refused about them. */
class SecretConfigTest {

  @TempDir Path dir;

  @Test
  void aSecretFileIsReadWithoutItsTrailingLineBreak() throws Exception {
    Path mysql = Files.writeString(dir.resolve("mysql"), "my pass\r\n");
    Path token = Files.writeString(dir.resolve("token"), "tok-1\n");

    ServiceConfig config =
        ConfigLoader.load(
            Map.of("MYSQL_PASSWORD_FILE", mysql.toString(), "API_TOKEN_FILE", token.toString()));

    assertThat(config.mysql().password()).isEqualTo("my pass");
    assertThat(config.api().server().apiToken()).isEqualTo("tok-1");
  }

  @Test
  void aSecretGivenBothWaysIsRefusedNamingBothVariables() throws Exception {
    Path file = Files.writeString(dir.resolve("p"), "x");

    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of("MYSQL_PASSWORD", "y", "MYSQL_PASSWORD_FILE", file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MYSQL_PASSWORD_FILE=")
        .hasMessageContaining("unset while MYSQL_PASSWORD is set");
  }

  @Test
  void anUnreadableOrEmptySecretFileIsRefusedNamingTheFile() throws Exception {
    String missing = dir.resolve("nope").toString();
    Path empty = Files.writeString(dir.resolve("empty"), "\n");

    assertThatThrownBy(() -> ConfigLoader.load(Map.of("API_TOKEN_FILE", missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "API_TOKEN_FILE='"
                + missing
                + "' is invalid: expected a readable file holding API_TOKEN"
                + " (NoSuchFileException)");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("MONGODB_PASSWORD_FILE", empty.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not an empty one");
  }

  @Test
  void theMongoPasswordFromItsFileGoesIntoTheUrisCredentials() throws Exception {
    Path file = Files.writeString(dir.resolve("m"), "p@ss/word\n");

    ServiceConfig config =
        ConfigLoader.load(
            Map.of(
                "MONGODB_URI",
                "mongodb://app@db1:27017,db2/?tls=true",
                "MONGODB_PASSWORD_FILE",
                file.toString()));

    assertThat(config.mongo().uri())
        .isEqualTo("mongodb://app:p%40ss%2Fword@db1:27017,db2/?tls=true");
    assertThat(config.mongo().toString()).doesNotContain("p%40ss");
  }

  @Test
  void aMongoUserAndPasswordWithoutCredentialsInTheUriAreAdded() {
    ServiceConfig config =
        ConfigLoader.load(
            Map.of(
                "MONGODB_URI", "mongodb+srv://cluster.example.net/",
                "MONGODB_USER", "app",
                "MONGODB_PASSWORD", "pw"));

    assertThat(config.mongo().uri()).isEqualTo("mongodb+srv://app:pw@cluster.example.net/");
  }

  @Test
  void aPasswordInTheUriAndAnotherInTheEnvironmentIsRefusedWithoutPrintingEither() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Map.of("MONGODB_URI", "mongodb://app:inuri@db/", "MONGODB_PASSWORD", "inenv")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("MONGODB_PASSWORD")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("inuri", "inenv"));
  }

  @Test
  void anInvalidUriIsReportedWithItsPasswordMasked() {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("MONGODB_URI", "http://u:leaked@db/")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http://u:***@db/")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("leaked"));
  }

  @Test
  void parsingLimitsAreReadAndOutOfRangeValuesNamed() {
    ServiceConfig config =
        ConfigLoader.load(Map.of("MAX_NESTING_DEPTH", "12", "MAX_STRING_CHARS", "4096"));

    assertThat(config.decoder().maxNestingDepth()).isEqualTo(12);
    assertThat(config.decoder().maxStringChars()).isEqualTo(4096);
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("MAX_NESTING_DEPTH", "2")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("MAX_NESTING_DEPTH='2' is invalid: expected a whole number from 4 to 1000");
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("MAX_STRING_CHARS", "lots")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("MAX_STRING_CHARS='lots' is invalid");
  }

  @Test
  void httpGuardsAreReadAndValidated() {
    ServiceConfig config =
        ConfigLoader.load(
            Map.of(
                "API_MAX_HEADER_BYTES", "16384",
                "API_AUTH_MAX_FAILURES", "5",
                "API_AUTH_FAILURE_WINDOW", "5m"));

    assertThat(config.api().server().maxHeaderBytes()).isEqualTo(16384);
    assertThat(config.api().server().maxFailedTokens()).isEqualTo(5);
    assertThat(config.api().server().failedTokenWindow()).hasMinutes(5);
    assertThatThrownBy(() -> ConfigLoader.load(Map.of("API_AUTH_FAILURE_WINDOW", "0s")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("API_AUTH_FAILURE_WINDOW");
  }
}
