package com.mdm.adapter.in.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the HTTP API.
 *
 * @param host the address to listen on, e.g. {@code 0.0.0.0}
 * @param port the port to listen on ({@code API_PORT}); 0 picks a free one
 * @param apiToken the bearer token write requests must carry ({@code API_TOKEN}); null when unset
 * @param allowUnauthenticatedWrites whether write requests are served without a token when none is
 *     set ({@code API_ALLOW_UNAUTHENTICATED_WRITES})
 * @param maxRequestBytes the largest request body accepted ({@code API_MAX_REQUEST_BYTES}); larger
 *     is 413
 * @param requestTimeout how long one request may spend in the use cases before it is answered 503
 *     ({@code API_REQUEST_TIMEOUT})
 * @param maxHeaderBytes the largest request line and headers accepted ({@code
 *     API_MAX_HEADER_BYTES}); larger is 431
 * @param maxFailedTokens failed bearer tokens one client address may present per window before it
 *     is answered 429 ({@code API_AUTH_MAX_FAILURES})
 * @param failedTokenWindow the window those failures are counted in ({@code
 *     API_AUTH_FAILURE_WINDOW})
 */
public record HttpApiConfig(
    String host,
    int port,
    String apiToken,
    boolean allowUnauthenticatedWrites,
    long maxRequestBytes,
    Duration requestTimeout,
    int maxHeaderBytes,
    int maxFailedTokens,
    Duration failedTokenWindow) {

  public static final int DEFAULT_PORT = 8000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
  public static final int DEFAULT_MAX_FAILED_TOKENS = 10;
  public static final Duration DEFAULT_FAILED_TOKEN_WINDOW = Duration.ofMinutes(1);

  public HttpApiConfig {
    Objects.requireNonNull(host, "host must not be null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 but was " + port);
    }
    if (apiToken != null && apiToken.isBlank()) {
      apiToken = null;
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be >= 1 but was " + maxRequestBytes);
    }
    Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be > 0 but was " + requestTimeout);
    }
    if (maxHeaderBytes < 1024) {
      throw new IllegalArgumentException(
          "maxHeaderBytes must be >= 1024 but was " + maxHeaderBytes);
    }
    if (maxFailedTokens < 1) {
      throw new IllegalArgumentException("maxFailedTokens must be >= 1 but was " + maxFailedTokens);
    }
    Objects.requireNonNull(failedTokenWindow, "failedTokenWindow must not be null");
    if (failedTokenWindow.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "failedTokenWindow must be at least 1 s but was " + failedTokenWindow);
    }
  }

  /** The settings before the header and failed-token limits, those at their defaults. */
  public HttpApiConfig(
      String host,
      int port,
      String apiToken,
      boolean allowUnauthenticatedWrites,
      long maxRequestBytes,
      Duration requestTimeout) {
    this(
        host,
        port,
        apiToken,
        allowUnauthenticatedWrites,
        maxRequestBytes,
        requestTimeout,
        DEFAULT_MAX_HEADER_BYTES,
        DEFAULT_MAX_FAILED_TOKENS,
        DEFAULT_FAILED_TOKEN_WINDOW);
  }

  /** Port 8000 on every interface, no token, writes refused, 64 KiB bodies, 30 s per request. */
  public static HttpApiConfig defaults() {
    return new HttpApiConfig(
        "0.0.0.0", DEFAULT_PORT, null, false, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUEST_TIMEOUT);
  }

  public HttpApiConfig withPort(int value) {
    return with(value, apiToken, allowUnauthenticatedWrites, requestTimeout);
  }

  public HttpApiConfig withApiToken(String value) {
    return with(port, value, allowUnauthenticatedWrites, requestTimeout);
  }

  public HttpApiConfig withAllowUnauthenticatedWrites(boolean value) {
    return with(port, apiToken, value, requestTimeout);
  }

  public HttpApiConfig withRequestTimeout(Duration value) {
    return with(port, apiToken, allowUnauthenticatedWrites, value);
  }

  /** These settings with other header and failed-token limits. */
  public HttpApiConfig withGuards(int headerBytes, int failedTokens, Duration window) {
    return new HttpApiConfig(
        host,
        port,
        apiToken,
        allowUnauthenticatedWrites,
        maxRequestBytes,
        requestTimeout,
        headerBytes,
        failedTokens,
        window);
  }

  private HttpApiConfig with(int port, String token, boolean unauthenticated, Duration timeout) {
    return new HttpApiConfig(
        host,
        port,
        token,
        unauthenticated,
        maxRequestBytes,
        timeout,
        maxHeaderBytes,
        maxFailedTokens,
        failedTokenWindow);
  }

  @Override
  public String toString() {
    // never print the token
    return "HttpApiConfig[host="
        + host
        + ", port="
        + port
        + ", apiToken="
        + (apiToken == null ? "unset" : "set")
        + ", allowUnauthenticatedWrites="
        + allowUnauthenticatedWrites
        + ", maxRequestBytes="
        + maxRequestBytes
        + ", requestTimeout="
        + requestTimeout
        + ", maxHeaderBytes="
        + maxHeaderBytes
        + ", maxFailedTokens="
        + maxFailedTokens
        + " per "
        + failedTokenWindow
        + "]";
  }
}
