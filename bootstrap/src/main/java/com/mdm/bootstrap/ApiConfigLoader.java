package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiConfig;
import com.mdm.application.service.marketdata.QueryLimits;
import java.time.Duration;

/** Reads the HTTP API's variables. */
final class ApiConfigLoader {

  private ApiConfigLoader() {}

  private static Duration authWindow(Env env) {
    Duration window =
        env.duration("API_AUTH_FAILURE_WINDOW", HttpApiConfig.DEFAULT_FAILED_TOKEN_WINDOW, "s");
    if (window.toSeconds() < 1 || window.compareTo(Duration.ofDays(1)) > 0) {
      throw new ConfigException(
          "API_AUTH_FAILURE_WINDOW", env.raw("API_AUTH_FAILURE_WINDOW"), "from 1s to 1d");
    }
    return window;
  }

  static ApiConfig load(Env env) {
    Duration requestTimeout =
        env.duration("API_REQUEST_TIMEOUT", HttpApiConfig.DEFAULT_REQUEST_TIMEOUT, "s");
    Duration readinessTimeout = env.duration("API_READINESS_TIMEOUT", Duration.ofSeconds(2), "s");
    if (readinessTimeout.isZero() || readinessTimeout.compareTo(requestTimeout) >= 0) {
      throw new ConfigException(
          "API_READINESS_TIMEOUT",
          env.raw("API_READINESS_TIMEOUT"),
          "a duration above zero and below API_REQUEST_TIMEOUT (" + requestTimeout + ")");
    }
    int defaultLimit = env.integer("API_DEFAULT_LIMIT", 100, 1, 100_000);
    int maxLimit = env.integer("API_MAX_LIMIT", 1000, 1, 100_000);
    if (defaultLimit > maxLimit) {
      throw new ConfigException(
          "API_DEFAULT_LIMIT",
          String.valueOf(defaultLimit),
          "at most API_MAX_LIMIT (" + maxLimit + ")");
    }
    return new ApiConfig(
        env.bool("ENABLE_API", true),
        new HttpApiConfig(
            env.string("API_HOST", "0.0.0.0"),
            env.integer("API_PORT", HttpApiConfig.DEFAULT_PORT, 0, 65_535),
            env.secret("API_TOKEN"),
            env.bool("API_ALLOW_UNAUTHENTICATED_WRITES", false),
            env.integer(
                "API_MAX_REQUEST_BYTES",
                (int) HttpApiConfig.DEFAULT_MAX_REQUEST_BYTES,
                1024,
                16 << 20),
            requestTimeout,
            env.integer(
                "API_MAX_HEADER_BYTES", HttpApiConfig.DEFAULT_MAX_HEADER_BYTES, 1024, 1 << 20),
            env.integer(
                "API_AUTH_MAX_FAILURES", HttpApiConfig.DEFAULT_MAX_FAILED_TOKENS, 1, 1_000_000),
            authWindow(env)),
        new QueryLimits(
            defaultLimit,
            maxLimit,
            env.integer("API_MAX_ROLLUP_SOURCE_CANDLES", 200_000, 1, 10_000_000)),
        readinessTimeout,
        env.bool("API_ANY_PAIR", false));
  }
}
