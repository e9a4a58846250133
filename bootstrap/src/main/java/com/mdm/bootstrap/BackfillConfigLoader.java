package com.mdm.bootstrap;

import com.mdm.adapter.out.binance.BinanceRestSettings;
import com.mdm.application.service.backfill.AutoRepairSettings;
import com.mdm.application.service.backfill.BackfillSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;

/** Reads the backfill variables; defaults are the original service's where it had them. */
final class BackfillConfigLoader {

  private BackfillConfigLoader() {}

  static BackfillConfig load(Env env) {
    URI baseUrl =
        env.parsed(
            "BINANCE_FAPI_BASE_URL",
            URI.create("https://fapi.binance.com"),
            BackfillConfigLoader::httpUrl,
            "an http(s) URL such as https://fapi.binance.com");
    BinanceRestSettings defaults = BinanceRestSettings.defaults(baseUrl);
    double margin =
        env.parsed(
            "BINANCE_WEIGHT_SAFETY_MARGIN",
            defaults.safetyMargin(),
            BackfillConfigLoader::fraction,
            "a fraction from 0 to 0.9, e.g. 0.1");
    BinanceRestSettings binance =
        defaults
            .withWeightBudget(
                env.integer("BINANCE_WEIGHT_BUDGET", defaults.weightBudget(), 1, 1_000_000),
                margin,
                defaults.weightWindow())
            .withRetries(
                env.duration("BINANCE_REQUEST_TIMEOUT", defaults.requestTimeout(), "s"),
                env.integer("BINANCE_MAX_ATTEMPTS", defaults.maxAttempts(), 1, 100),
                defaults.backoffBase(),
                defaults.backoffMax(),
                env.duration("BINANCE_MAX_WAIT", defaults.maxWait(), "s"))
            .withPageSizes(
                env.integer("BINANCE_KLINES_PAGE_SIZE", defaults.klinesPageSize(), 1, 1500),
                defaults.aggTradesPageSize(),
                defaults.fundingPageSize());
    BackfillSettings worker = BackfillSettings.defaults(defaultWorkerId());
    worker =
        new BackfillSettings(
            env.string("BACKFILL_WORKER_ID", worker.workerId()),
            env.integer("BACKFILL_CONCURRENCY", worker.concurrency(), 1, 64),
            env.duration("BACKFILL_POLL_INTERVAL", worker.pollInterval(), "s"),
            env.duration("BACKFILL_STALE_AFTER", worker.staleAfter(), "s"),
            env.integer("BACKFILL_MAX_ATTEMPTS", worker.maxAttempts(), 1, 100),
            env.duration("BACKFILL_RETRY_DELAY", worker.retryDelay(), "s"),
            env.duration("BACKFILL_PROGRESS_LOG_INTERVAL", worker.progressLogInterval(), "s"),
            worker.writeTimeout());
    AutoRepairSettings repair = AutoRepairSettings.defaults();
    repair =
        new AutoRepairSettings(
            Duration.ofSeconds(
                env.integer(
                    "MIN_AUTO_BACKFILL_GAP",
                    (int) repair.minGap().toSeconds(),
                    1,
                    Integer.MAX_VALUE)),
            env.duration("AUTO_BACKFILL_INTERVAL", repair.interval(), "s"),
            env.integer("AUTO_BACKFILL_PRIORITY", repair.priority(), -1000, 1000),
            env.integer("AUTO_BACKFILL_MAX_JOBS_PER_ROUND", repair.maxJobsPerRound(), 1, 10_000),
            env.integer("AUTO_BACKFILL_MAX_FAILED", repair.maxFailedJobsPerGap(), 1, 100),
            env.bool("AUTO_BACKFILL_HISTORY", repair.repairHistory()));
    return new BackfillConfig(
        env.bool("ENABLE_BACKFILLER", true),
        env.bool("ENABLE_AUTO_BACKFILL", false),
        binance,
        worker,
        repair);
  }

  private static URI httpUrl(String value) {
    URI uri = URI.create(value);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL");
    }
    return uri;
  }

  private static double fraction(String value) {
    double parsed = Double.parseDouble(value);
    if (!(parsed >= 0 && parsed <= 0.9)) {
      throw new IllegalArgumentException("out of range");
    }
    return parsed;
  }

  private static String defaultWorkerId() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }
}
