package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.NKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NatsSecurityLoaderTest {

  private static final String SECRET = "s3cr3t-never-shown";

  @TempDir Path dir;

  @Test
  void withNothingSetThereIsNoAuthenticationAndNoTls() {
    NatsSecurity security = ConfigLoader.load(Map.of()).natsSecurity();

    assertThat(security).isEqualTo(NatsSecurity.none());
    assertThat(security.authentication()).isEqualTo("none");
  }

  @Test
  void aPasswordFileIsReadTrimmedAndNeverShownInToString() throws Exception {
    Path file = Files.writeString(dir.resolve("pw"), SECRET + "\n");

    NatsSecurity security = load(Map.of("NATS_USER", "mdm", "NATS_PASSWORD_FILE", file.toString()));

    assertThat(security.password()).isEqualTo(SECRET);
    assertThat(security.toString()).contains("user mdm").doesNotContain(SECRET);
  }

  @Test
  void aTokenFileIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), SECRET);

    assertThat(load(Map.of("NATS_TOKEN_FILE", file.toString())).token()).isEqualTo(SECRET);
  }

  @Test
  void aSecretAndItsFileTogetherAreContradictory() throws Exception {
    Path file = Files.writeString(dir.resolve("pw"), SECRET);

    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "NATS_USER",
                        "mdm",
                        "NATS_PASSWORD",
                        SECRET,
                        "NATS_PASSWORD_FILE",
                        file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("NATS_PASSWORD_FILE")
        .hasMessageContaining("unset, since NATS_PASSWORD is set")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aPasswordWithoutAUserOrAUserWithoutAPasswordIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> load(Map.of("NATS_PASSWORD", SECRET)))
        .hasMessageContaining("NATS_USER")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> load(Map.of("NATS_USER", "mdm")))
        .hasMessageContaining("NATS_PASSWORD");
  }

  @Test
  void twoWaysToAuthenticateAreContradictory() {
    assertThatThrownBy(
            () -> load(Map.of("NATS_USER", "mdm", "NATS_PASSWORD", SECRET, "NATS_TOKEN", SECRET)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("one way to authenticate to NATS")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void credentialsInTheUrlAndInVariablesAreContradictory() {
    assertThatThrownBy(
            () -> load(Map.of("NATS_URL", "nats://a:b@127.0.0.1:4222", "NATS_TOKEN", SECRET)))
        .hasMessageContaining("credentials in NATS_URL or in NATS_TOKEN, not both");
  }

  @Test
  void anUnreadableFileIsNamed() {
    String missing = dir.resolve("missing.pem").toString();

    assertThatThrownBy(() -> load(Map.of("NATS_TLS_CA_FILE", missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("NATS_TLS_CA_FILE='" + missing + "' is invalid: expected a readable file");
  }

  @Test
  void aClientCertificateWithoutItsKeyIsRefused() throws Exception {
    Path cert = Files.writeString(dir.resolve("client.pem"), "x");

    assertThatThrownBy(() -> load(Map.of("NATS_TLS_CERT_FILE", cert.toString())))
        .hasMessageContaining("NATS_TLS_CERT_FILE and NATS_TLS_KEY_FILE together");
  }

  @Test
  void aTlsUrlOrACaFileAsksForTls() throws Exception {
    Path ca = Files.writeString(dir.resolve("ca.pem"), "x");

    assertThat(load(Map.of("NATS_URL", "tls://nats.internal:4222")).tls()).isTrue();
    assertThat(load(Map.of("NATS_TLS_CA_FILE", ca.toString())).tls()).isTrue();
    assertThat(load(Map.of("NATS_URL", "nats://nats.internal:4222")).tls()).isFalse();
  }

  @Test
  void anNKeySeedFileMustHoldAUserSeedAndTheSeedIsNeverShown() throws Exception {
    String account = new String(NKey.createAccount(new SecureRandom()).getSeed());
    Path wrong = Files.writeString(dir.resolve("account.nk"), account);
    String user = new String(NKey.createUser(new SecureRandom()).getSeed());
    Path right = Files.writeString(dir.resolve("user.nk"), user + "\n");

    assertThatThrownBy(() -> load(Map.of("NATS_NKEY_SEED_FILE", wrong.toString())))
        .hasMessageContaining("a user NKey seed (SU...)")
        .hasMessageNotContaining(account);
    NatsSecurity security = load(Map.of("NATS_NKEY_SEED_FILE", right.toString()));
    assertThat(security.nkeySeed()).isEqualTo(user);
    assertThat(security.toString()).contains("NKey").doesNotContain(user);
  }

  @Test
  void urlsAreRedactedForLogs() {
    assertThat(NatsSecurity.redact("nats://mdm:" + SECRET + "@a:4222,tls://tok@b:4222"))
        .isEqualTo("nats://***@a:4222,tls://***@b:4222");
    assertThat(NatsSecurity.redact("nats://a:4222")).isEqualTo("nats://a:4222");
  }

  private static NatsSecurity load(Map<String, String> variables) {
    Map<String, String> env = new HashMap<>(variables);
    return ConfigLoader.load(env).natsSecurity();
  }
}
