package com.mdm.bootstrap;

import com.mdm.adapter.in.file.ImportSettings;
import com.mdm.adapter.in.file.ImportSummary;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads recorded captures through the ingest use case into the configured (or dev) stores. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Feeds recorded captures through the same decoding and idempotent stores as live ingest:"
          + " importing a file twice stores nothing new.",
      "Formats, one frame a line, any of them gzip-compressed: the producer's envelope, Binance"
          + " combined-stream frames, bare events, arrays, '<ISO time>: <frame>',"
          + " '<epoch seconds>: <frame>' and '<epoch ns> <frame>'."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--dev", description = "into the development stores under --data-dir")
  boolean dev;

  @Option(names = "--data-dir", defaultValue = "data", description = "default: ${DEFAULT-VALUE}")
  Path dataDirectory = Path.of("data");

  @Option(
      names = "--speed",
      defaultValue = "max",
      description = "max (default), or N to replay at N times real time, keeping the gaps")
  String speed = "max";

  @Option(
      names = "--symbols",
      split = ",",
      description = "only these symbols, e.g. BTCUSDT,ETHUSDT")
  List<String> symbols = List.of();

  @Option(
      names = "--types",
      split = ",",
      description = "only these series types: trades, agg_trades, candles, depth, mark_prices, ...")
  List<String> types = List.of();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "capture files, read in order")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    ImportSettings settings = settings();
    for (Path file : files) {
      if (!Files.isReadable(file) || Files.isDirectory(file)) {
        throw new ParameterException(spec.commandLine(), "cannot read the file " + file);
      }
    }
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("INGEST_FEED", Feed.NONE.code());
    environment.put("ENABLE_API", "false");
    environment.put("ENABLE_AUDITOR", "false");
    environment.put("ENABLE_BACKFILLER", "false");
    environment.put("ENABLE_AUTO_BACKFILL", "false");
    if (!dev) {
      return run(ConfigLoader.load(environment), settings);
    }
    try (DataDirectoryLock lock = DataDirectoryLock.take(dataDirectory)) {
      return run(
          ConfigLoader.load(DevMode.environment(environment, dataDirectory, Feed.NONE)), settings);
    }
  }

  private int run(ServiceConfig config, ImportSettings settings) throws Exception {
    ServiceLauncher.applyLogLevel(config);
    ImportSummary summary =
        ServiceComponent.create(config).importRun().importFiles(files, settings);
    ImportReport.print(spec.commandLine().getOut(), summary);
    if (summary.failure() != null) {
      return ExitCodes.STORE_FAILED;
    }
    return summary.rejectedLines() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
  }

  private ImportSettings settings() {
    double factor;
    if (speed.equalsIgnoreCase("max")) {
      factor = 0;
    } else {
      try {
        factor = Double.parseDouble(speed);
      } catch (NumberFormatException e) {
        factor = -1;
      }
      if (!(factor > 0) || Double.isInfinite(factor)) {
        throw new ParameterException(
            spec.commandLine(), "--speed must be max or a number > 0 but was '" + speed + "'");
      }
    }
    Set<Symbol> only = new LinkedHashSet<>();
    for (String symbol : symbols) {
      try {
        only.add(Symbol.of(symbol.trim()));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--symbols: " + e.getMessage());
      }
    }
    Set<SeriesType> kinds = new LinkedHashSet<>();
    for (String type : types) {
      kinds.add(seriesType(type.trim()));
    }
    ImportSettings defaults = ImportSettings.defaults();
    return new ImportSettings(
        factor,
        only,
        kinds,
        defaults.maxLineBytes(),
        defaults.maxInFlight(),
        defaults.detailedRejections(),
        Duration.ofMillis(250));
  }

  private SeriesType seriesType(String code) {
    return Arrays.stream(SeriesType.values())
        .filter(t -> t.datasetPrefix().equals(code.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "--types: '"
                        + code
                        + "' is not one of "
                        + Arrays.stream(SeriesType.values())
                            .map(SeriesType::datasetPrefix)
                            .toList()));
  }
}
