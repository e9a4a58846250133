package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiConfig;
import com.mdm.application.service.marketdata.QueryLimits;
import java.time.Duration;

/**
 * Whether the HTTP API runs, and how.
 *
 * @param anyPair whether data may be asked for any valid symbol, not just {@code SUPPORTED_PAIRS}
 */
public record ApiConfig(
    boolean enabled,
    HttpApiConfig server,
    QueryLimits limits,
    Duration readinessTimeout,
    boolean anyPair) {}
