package com.mdm.application.service.audit;

import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.ReconciliationLog;
import java.util.Objects;

/**
 * What the auditor reconciles with: where findings go, the exchange to sample REST klines from
 * (null: the trades only), and how.
 */
public record ReconciliationSetup(
    ReconciliationLog findings, ExchangeHistoryClient exchange, ReconciliationSettings settings) {

  public ReconciliationSetup {
    Objects.requireNonNull(findings, "findings must not be null");
    Objects.requireNonNull(settings, "settings must not be null");
  }
}
