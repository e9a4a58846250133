package com.mdm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.mdm.testsupport.NatsServerProcess;
import io.nats.client.NKey;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service against private {@code nats-server}s that demand a password, a token, an NKey or
 * mutual TLS from a CA the test makes: with the right settings it connects and stores what is
 * published; with a wrong password it refuses to start, says why, and never prints the secret.
 */
class NatsSecurityIT {

  private static final int TRADES = 200;
  private static final String PASSWORD = "pw-Zq81-never-logged";

  @TempDir Path dir;

  @Test
  void givenAUserAndPasswordFromAFileWhenTheServiceConnectsThenItStoresTheEvents()
      throws Exception {
    Path secret = Files.writeString(dir.resolve("nats-password"), PASSWORD + "\n");
    try (NatsServerProcess broker = NatsServerProcess.start(dir.resolve("nats"), passwordBlock())) {
      storesEvents(
          broker.url(),
          publisher -> publisher.userInfo("mdm", PASSWORD),
          Map.of("NATS_USER", "mdm", "NATS_PASSWORD_FILE", secret.toString()));
    }
  }

  @Test
  void givenAWrongPasswordWhenTheServiceStartsThenItStopsSayingWhyWithoutPrintingIt()
      throws Exception {
    String wrong = "wrong-Kx42-secret";
    try (NatsServerProcess broker = NatsServerProcess.start(dir.resolve("nats"), passwordBlock());
        FaultScenario scenario =
            new FaultScenario(
                broker.url(), dir, publisher -> publisher.userInfo("mdm", PASSWORD))) {
      Map<String, String> env = scenario.environment(ServiceProcess.freePort());
      env.put("NATS_USER", "mdm");
      env.put("NATS_PASSWORD", wrong);
      try (ServiceProcess service = ServiceProcess.jar(env, dir.resolve("wrong.log"), "serve")) {
        assertThat(service.waitFor(Duration.ofSeconds(90))).isEqualTo(1);
        assertThat(service.output())
            .contains("start-up failed: cannot connect to NATS at " + broker.url())
            .contains("authentication: user mdm with a password")
            .containsIgnoringCase("authorization violation")
            .doesNotContain(wrong)
            .doesNotContain(PASSWORD);
      }
    }
  }

  @Test
  void givenATokenWhenTheServiceConnectsThenItStoresTheEvents() throws Exception {
    String token = "tok-Hh7-never-logged";
    try (NatsServerProcess broker =
        NatsServerProcess.start(
            dir.resolve("nats"), "authorization {\n  token: \"" + token + "\"\n}\n")) {
      storesEvents(
          broker.url(),
          publisher -> publisher.token(token.toCharArray()),
          Map.of("NATS_TOKEN", token));
    }
  }

  @Test
  void givenAnNKeySeedFileWhenTheServiceConnectsThenItStoresTheEvents() throws Exception {
    NKey user = NKey.createUser(new SecureRandom());
    String seed = new String(user.getSeed());
    Path seedFile = Files.writeString(dir.resolve("user.nk"), seed + "\n");
    String users =
        "authorization {\n  users: [ { nkey: \"" + new String(user.getPublicKey()) + "\" } ]\n}\n";
    try (NatsServerProcess broker = NatsServerProcess.start(dir.resolve("nats"), users)) {
      storesEvents(
          broker.url(),
          publisher -> publisher.authHandler(Nats.staticCredentials(null, seed.toCharArray())),
          Map.of("NATS_NKEY_SEED_FILE", seedFile.toString()));
    }
  }

  @Test
  void givenMutualTlsFromATestCaWhenTheServiceConnectsThenItStoresTheEvents() throws Exception {
    TestCertificates certs = TestCertificates.create(dir.resolve("certs"));
    String tls =
        "tls {\n  cert_file: \"%s\"\n  key_file: \"%s\"\n  ca_file: \"%s\"\n  verify: true\n}\n"
            .formatted(certs.serverCert(), certs.serverKey(), certs.ca());
    try (NatsServerProcess broker = NatsServerProcess.start(dir.resolve("nats"), tls)) {
      String url = "tls://127.0.0.1:" + broker.port();
      storesEvents(
          url,
          publisher ->
              publisher.sslContext(
                  PemTls.context(certs.ca(), certs.clientCert(), certs.clientKey())),
          Map.of(
              "NATS_TLS_CA_FILE", certs.ca().toString(),
              "NATS_TLS_CERT_FILE", certs.clientCert().toString(),
              "NATS_TLS_KEY_FILE", certs.clientKey().toString()));
    }
  }

  private void storesEvents(
      String url, UnaryOperator<Options.Builder> publisher, Map<String, String> security)
      throws Exception {
    try (FaultScenario scenario = new FaultScenario(url, dir, publisher)) {
      scenario.startInProcess(security);
      scenario.trades.publish(TRADES, 2_000).awaitDone(Duration.ofSeconds(60));
      scenario.awaitSettled(Duration.ofSeconds(60));
      scenario.assertEachStoredOnce(TRADES);
    }
  }

  private static String passwordBlock() {
    return "authorization {\n  user: \"mdm\"\n  password: \"" + PASSWORD + "\"\n}\n";
  }
}
