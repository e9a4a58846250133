package com.mdm.bootstrap;

import ch.qos.logback.classic.Level;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the assembled service and keeps it running until SIGTERM; returns the exit code. */
final class ServiceLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceLauncher.class);
  private static volatile boolean signalled;

  private ServiceLauncher() {}

  /** Applies the configured log level to the root logger. */
  static void applyLogLevel(ServiceConfig config) {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.toLevel(config.logLevel()));
  }

  /** 0 after a clean stop, 1 when start-up failed. */
  static int run(ServiceConfig config, Consumer<ServiceComponent> afterStart) {
    applyLogLevel(config);
    // the log layout masks secrets too; redacting here keeps this line safe under any layout
    LOG.info("configuration: {}", Redaction.redact(config.toString()));
    try {
      ServiceComponent component = ServiceComponent.create(config);
      ServiceRuntime runtime = component.runtime();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    signalled = true;
                    runtime.stop();
                    stopped.countDown();
                  },
                  "shutdown"));
      runtime.start();
      afterStart.accept(component);
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (Exception | LinkageError e) {
      LOG.error("start-up failed: {}", rootMessage(e));
      LOG.debug("start-up failure", e);
      return 1;
    }
  }

  /** Whether the JVM is shutting down on a signal, when {@code System.exit} must not be called. */
  static boolean signalled() {
    return signalled;
  }

  static String rootMessage(Throwable error) {
    StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
    for (Throwable cause = error.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      message.append(": ").append(cause.getMessage());
    }
    return message.toString();
  }
}
