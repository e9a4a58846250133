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
 * @param maxRequestBytes the largest request body accepted ({@code API_MAX_REQUEST_BYTES})
 * @param requestTimeout how long one request may spend in the use cases before it is answered 503
 *     ({@code API_REQUEST_TIMEOUT})
 */
public record HttpApiConfig(
    String host,
    int port,
    String apiToken,
    boolean allowUnauthenticatedWrites,
    long maxRequestBytes,
    Duration requestTimeout) {

  public static final int DEFAULT_PORT = 8000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

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
  }

  /** Port 8000 on every interface, no token, writes refused, 64 KiB bodies, 30 s per request. */
  public static HttpApiConfig defaults() {
    return new HttpApiConfig(
        "0.0.0.0", DEFAULT_PORT, null, false, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUEST_TIMEOUT);
  }

  public HttpApiConfig withPort(int value) {
    return new HttpApiConfig(
        host, value, apiToken, allowUnauthenticatedWrites, maxRequestBytes, requestTimeout);
  }

  public HttpApiConfig withApiToken(String value) {
    return new HttpApiConfig(
        host, port, value, allowUnauthenticatedWrites, maxRequestBytes, requestTimeout);
  }

  public HttpApiConfig withAllowUnauthenticatedWrites(boolean value) {
    return new HttpApiConfig(host, port, apiToken, value, maxRequestBytes, requestTimeout);
  }

  public HttpApiConfig withRequestTimeout(Duration value) {
    return new HttpApiConfig(
        host, port, apiToken, allowUnauthenticatedWrites, maxRequestBytes, value);
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
        + "]";
  }
}
