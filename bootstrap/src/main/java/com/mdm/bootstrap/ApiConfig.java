package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiConfig;
import com.mdm.application.service.marketdata.QueryLimits;
import java.time.Duration;

/**
 * Whether the HTTP API runs, and how.
 *
 * @param anyPair the deprecated {@code API_ANY_PAIR}: whether a valid symbol with no data stored
 *     answers an empty page instead of 404; the supported pairs and every pair in the catalog are
 *     served either way
 */
public record ApiConfig(
    boolean enabled,
    HttpApiConfig server,
    QueryLimits limits,
    Duration readinessTimeout,
    boolean anyPair) {}
