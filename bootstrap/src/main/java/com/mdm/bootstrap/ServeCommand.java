package com.mdm.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the service: production by default, or development mode with embedded stores. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the service. In production (the default) a store that does not answer is named in the"
          + " log and in readiness and retried, never replaced by an embedded one.",
      "With --dev: series and metadata in embedded stores under --data-dir, kept across restarts,"
          + " fed by the synthetic market unless --feed nats or NATS_URL; not for production."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--dev", description = "development mode: embedded stores, no server needed")
  boolean dev;

  @Option(
      names = "--data-dir",
      defaultValue = "data",
      description = "where development mode keeps its stores (default: ${DEFAULT-VALUE})")
  Path dataDirectory = Path.of("data");

  @Option(
      names = "--feed",
      description =
          "where market data comes from: ${COMPLETION-CANDIDATES} (default: nats; with --dev"
              + " synthetic unless NATS_URL is set)")
  Feed feed;

  @Override
  public Integer call() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    if (!dev) {
      if (feed != null) {
        environment.put("INGEST_FEED", feed.code());
      }
      return ServiceLauncher.run(ConfigLoader.load(environment), component -> {});
    }
    Feed chosen = feed != null ? feed : DevMode.defaultFeed(environment);
    try (DataDirectoryLock lock = DataDirectoryLock.take(dataDirectory)) {
      ServiceConfig config =
          ConfigLoader.load(DevMode.environment(environment, dataDirectory, chosen));
      return ServiceLauncher.run(
          config, component -> DevBanner.print(config, component, dataDirectory, chosen));
    }
  }
}
