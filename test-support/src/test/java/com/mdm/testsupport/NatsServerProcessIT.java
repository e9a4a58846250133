package com.mdm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NatsServerProcessIT {

  @TempDir Path directory;

  @Test
  void aKilledServerComesBackOnItsPortWithJetStreamAndItsStore() throws Exception {
    try (NatsServerProcess server = NatsServerProcess.start(directory)) {
      assertThat(info(server.port())).contains("\"jetstream\":true");
      server.kill();
      assertThat(server.isAlive()).isFalse();
      server.restart();
      assertThat(info(server.port())).contains("\"jetstream\":true");
      assertThatThrownBy(server::restart).hasMessageContaining("still running");
    }
  }

  @Test
  void aPausedServerSaysNothingUntilItIsResumed() throws Exception {
    try (NatsServerProcess server = NatsServerProcess.start(directory)) {
      server.pause();
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(500);
        assertThatThrownBy(() -> socket.getInputStream().read())
            .isInstanceOf(SocketTimeoutException.class);
        server.resume();
        socket.setSoTimeout(5_000);
        assertThat(socket.getInputStream().read()).isEqualTo('I');
      }
      assertThat(info(server.port())).contains("\"jetstream\":true");
    }
  }

  @Test
  void aClusterOfThreeServersRunsWithRoutesBetweenThem() throws Exception {
    List<NatsServerProcess> cluster = NatsServerProcess.cluster(3, directory);
    try {
      for (NatsServerProcess server : cluster) {
        assertThat(info(server.port())).contains("\"cluster\":\"mdm-test\"");
      }
    } finally {
      for (NatsServerProcess server : cluster) {
        server.close();
      }
    }
  }

  private static String info(int port) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      return in.readLine();
    }
  }
}
