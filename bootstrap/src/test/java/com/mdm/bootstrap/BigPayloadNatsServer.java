package com.mdm.bootstrap;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A NATS server of the test's own (random port, own JetStream store) that accepts messages of up to
 * 8 MB, so frames beyond the service's 1 MiB default can reach it; the shared server stops at 1 MB.
 */
final class BigPayloadNatsServer implements AutoCloseable {

  private final Process process;
  private final Path directory;
  private final int port;

  private BigPayloadNatsServer(Process process, Path directory, int port) {
    this.process = process;
    this.directory = directory;
    this.port = port;
  }

  static BigPayloadNatsServer start() throws IOException {
    Path directory = Files.createTempDirectory("mdm-nats-big-");
    int port = ServiceProcess.freePort();
    Path config = directory.resolve("nats.conf");
    Files.writeString(
        config,
        "listen: 127.0.0.1:"
            + port
            + "\nmax_payload: 8MB\njetstream { store_dir: \""
            + directory.resolve("store")
            + "\" }\n");
    Process process =
        new ProcessBuilder(List.of(binary(), "-c", config.toString()))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("nats.log").toFile())
            .start();
    BigPayloadNatsServer server = new BigPayloadNatsServer(process, directory, port);
    await("the private nats-server to listen on " + port)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(server::listening);
    return server;
  }

  private static String binary() {
    Path installed = Path.of("/usr/sbin/nats-server");
    return Files.isExecutable(installed) ? installed.toString() : "nats-server";
  }

  String url() {
    return "nats://127.0.0.1:" + port;
  }

  private boolean listening() {
    if (!process.isAlive()) {
      throw new IllegalStateException("nats-server ended: see " + directory.resolve("nats.log"));
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
