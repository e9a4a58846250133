package com.mdm.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A private {@code nats-server} with JetStream for tests that must kill, restart, secure or cluster
 * the broker: its own random ports and store directory, never the shared server.
 */
public final class NatsServerProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path directory;
  private final Path config;
  private Process process;

  private NatsServerProcess(String name, int port, Path directory, Path config) {
    this.name = name;
    this.port = port;
    this.directory = directory;
    this.config = config;
  }

  /** One server with JetStream, its store under {@code directory}. */
  public static NatsServerProcess start(Path directory) throws IOException {
    return start(directory, "");
  }

  /**
   * One server with JetStream and {@code extraConfig} appended to its configuration file (an {@code
   * authorization} or {@code tls} block, for instance).
   */
  public static NatsServerProcess start(Path directory, String extraConfig) throws IOException {
    NatsServerProcess server = configure("nats", freePort(), directory, extraConfig);
    server.startProcess();
    return server;
  }

  /** {@code size} servers clustered with routes, JetStream on each; all up when it returns. */
  public static List<NatsServerProcess> cluster(int size, Path directory) throws IOException {
    List<Integer> clientPorts = new ArrayList<>();
    List<Integer> routePorts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      clientPorts.add(freePort());
      routePorts.add(freePort());
    }
    List<String> routes =
        routePorts.stream().map(p -> "\"nats-route://127.0.0.1:" + p + "\"").toList();
    List<NatsServerProcess> servers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String cluster =
          "cluster {\n  name: \"mdm-test\"\n  listen: \"127.0.0.1:%d\"\n  routes: [%s]\n}\n"
              .formatted(routePorts.get(i), String.join(", ", routes));
      servers.add(configure("nats-" + i, clientPorts.get(i), directory.resolve("n" + i), cluster));
    }
    for (NatsServerProcess server : servers) {
      server.startProcess();
    }
    return servers;
  }

  /** The binary: {@code NATS_SERVER_BIN}, else {@code nats-server} on the PATH or in /usr/sbin. */
  public static Path binary() {
    String configured = System.getenv("NATS_SERVER_BIN");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nats-server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "nats-server not found on the PATH or in /usr/sbin: install it (apt-get install"
            + " nats-server) or set NATS_SERVER_BIN; scripts/test installs it when root");
  }

  private static NatsServerProcess configure(
      String name, int port, Path directory, String extraConfig) throws IOException {
    Files.createDirectories(directory);
    Path store = directory.resolve("jetstream");
    String text =
        "server_name: \"%s\"\nhost: \"127.0.0.1\"\nport: %d\njetstream {\n  store_dir: \"%s\"\n}\n%s"
            .formatted(name + "-" + port, port, store, extraConfig);
    Path config = directory.resolve("nats.conf");
    Files.writeString(config, text, StandardCharsets.UTF_8);
    return new NatsServerProcess(name, port, directory, config);
  }

  private void startProcess() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(binary().toString(), "-c", config.toString());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    process = builder.start();
    Awaitility.await(name + " listening on " + port)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !process.isAlive() || accepts(port));
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited at start:\n" + output());
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** {@code nats://127.0.0.1:PORT}. */
  public String url() {
    return "nats://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  /**
   * SIGSTOP: the server freezes with every connection open, as under a long stall of its host;
   * nothing is delivered or answered until {@link #resume()}.
   */
  public void pause() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** SIGCONT after a {@link #pause()}: the server goes on where it stopped. */
  public void resume() throws IOException, InterruptedException {
    signal("CONT");
  }

  private void signal(String name) throws IOException, InterruptedException {
    if (!isAlive()) {
      throw new IllegalStateException(this.name + " is not running");
    }
    Process kill =
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
            .redirectErrorStream(true)
            .start();
    String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " " + this.name + ": " + said);
    }
  }

  /** SIGKILL: no shutdown, no flush; the store directory stays for {@link #restart()}. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Starts it again on the same port with the same store, after a {@link #kill()}. */
  public void restart() throws IOException {
    if (isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    startProcess();
  }

  /** Everything the server wrote, for failure messages. */
  public String output() {
    try {
      return Files.readString(log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private Path log() {
    return directory.resolve("nats-server.log");
  }

  /** SIGTERM, then SIGKILL if it has not ended in 10 s. */
  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
