package com.mdm.application.service.audit;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.market.Symbol;
import com.mdm.domain.market.Timeframe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Audit settings for the tests: BTCUSDT only, 60 s tolerance, a one-hour window. */
final class TestSettings {

  private TestSettings() {}

  static AuditSettings settings() {
    return settings(Duration.ofSeconds(60), 1000);
  }

  static AuditSettings settings(Duration tolerance, int pageSize) {
    return settings(tolerance, pageSize, Duration.ofHours(1));
  }

  static AuditSettings settings(Duration tolerance, int pageSize, Duration window) {
    return new AuditSettings(
        Duration.ofSeconds(300),
        Duration.ZERO,
        window,
        tolerance,
        SeverityThresholds.defaults(),
        Duration.ofSeconds(300),
        List.of(Symbol.of("BTCUSDT")),
        List.of(Timeframe.MINUTE_1),
        Set.of(SeriesType.CANDLES),
        2,
        Duration.ofSeconds(3),
        Duration.ofHours(8),
        new BigDecimal("0.01"),
        pageSize);
  }
}
