package com.mdm.bootstrap;

import com.mdm.application.service.audit.AuditSettings;
import com.mdm.application.service.audit.ReconciliationSettings;
import com.mdm.application.service.audit.SeverityThresholds;
import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Reads the auditor's variables; defaults are the original service's. */
final class AuditConfigLoader {

  private AuditConfigLoader() {}

  static AuditConfig load(Env env) {
    AuditSettings defaults = AuditSettings.defaults();
    SeverityThresholds severity =
        new SeverityThresholds(
            seconds(env, "GAP_SEVERITY_MEDIUM_SECONDS", defaults.severity().medium()),
            seconds(env, "GAP_SEVERITY_HIGH_SECONDS", defaults.severity().high()),
            seconds(env, "GAP_SEVERITY_CRITICAL_SECONDS", defaults.severity().critical()));
    AuditSettings settings =
        new AuditSettings(
            env.duration("AUDIT_INTERVAL", defaults.interval(), "s"),
            env.duration("INITIAL_STARTUP_DELAY", defaults.startupDelay(), "s"),
            env.duration("AUDIT_WINDOW", defaults.window(), "s"),
            seconds(env, "GAP_TOLERANCE_SECONDS", defaults.gapTolerance()),
            severity,
            seconds(env, "FRESHNESS_SLA_SECONDS", defaults.freshnessSla()),
            list(
                env,
                "SUPPORTED_PAIRS",
                defaults.supportedPairs(),
                Symbol::of,
                "symbols such as BTCUSDT,ETHUSDT"),
            list(
                env,
                "AUDIT_TIMEFRAMES",
                defaults.timeframes(),
                Timeframe::of,
                "intervals from " + Timeframe.codes()),
            seriesTypes(env, defaults.pairSeriesTypes()),
            env.integer("AUDIT_CONCURRENCY", defaults.concurrency(), 1, 64),
            env.duration("MARK_PRICE_INTERVAL", defaults.markPriceInterval(), "s"),
            env.duration("FUNDING_INTERVAL", defaults.fundingInterval(), "s"),
            env.parsed(
                "MARK_PRICE_MAX_DEVIATION",
                defaults.markPriceMaxDeviation(),
                BigDecimal::new,
                "a fraction such as 0.01"),
            env.integer("AUDIT_PAGE_SIZE", defaults.pageSize(), 100, 100_000));
    return new AuditConfig(
        env.bool("ENABLE_AUDITOR", true),
        settings,
        env.string("AUDIT_LEASE_BUCKET", "mdm_leases"),
        env.duration("AUDIT_LEASE_TTL", Duration.ofSeconds(30), "s"),
        reconciliation(env));
  }

  private static ReconciliationSettings reconciliation(Env env) {
    ReconciliationSettings defaults = ReconciliationSettings.defaults();
    double share =
        env.parsed(
            "RECONCILE_REST_SHARE",
            defaults.restShare(),
            text -> {
              double value = Double.parseDouble(text);
              if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(text + " is outside 0..1");
              }
              return value;
            },
            "a share of hours from 0 to 1, such as 0.02");
    return new ReconciliationSettings(
        env.bool("RECONCILE_ENABLED", defaults.enabled()),
        share,
        env.integer("RECONCILE_REST_MAX_HOURS", defaults.restHoursPerCycle(), 0, 1000),
        env.bool("RECONCILE_CORRECT_FROM_REST", defaults.correctFromRest()));
  }

  private static Duration seconds(Env env, String name, Duration fallback) {
    return Duration.ofSeconds(env.integer(name, (int) fallback.toSeconds(), 0, Integer.MAX_VALUE));
  }

  private static <T> List<T> list(
      Env env, String name, List<T> fallback, Function<String, T> parser, String expected) {
    String value = env.raw(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Arrays.stream(value.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(parser)
          .toList();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          name, value, "comma-separated " + expected + " (" + e.getMessage() + ")");
    }
  }

  private static Set<SeriesType> seriesTypes(Env env, Set<SeriesType> fallback) {
    List<SeriesType> types =
        list(
            env,
            "AUDIT_SERIES_TYPES",
            List.copyOf(fallback),
            code -> SeriesType.valueOf(code.toUpperCase(Locale.ROOT)),
            "series types such as candles,agg_trades,depth,mark_prices,funding_rates");
    return types.isEmpty() ? EnumSet.noneOf(SeriesType.class) : EnumSet.copyOf(types);
  }
}
