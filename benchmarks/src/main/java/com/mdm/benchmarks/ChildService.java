package com.mdm.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole service ({@code com.mdm.bootstrap.Main serve}) as a JVM of its own, from this jar, with
 * the environment and JVM options the benchmark gives it; its output goes to a log file.
 */
final class ChildService implements AutoCloseable {

  private final Process process;
  final Path log;

  private ChildService(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ChildService start(Map<String, String> environment, List<String> jvmOptions, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--sun-misc-unsafe-memory-access=allow");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("com.mdm.bootstrap.Main");
    command.add("serve");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.redirectOutput(log.toFile());
    return new ChildService(builder.start(), log);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGTERM, then waits for the graceful shutdown (writes what is buffered, settles). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
