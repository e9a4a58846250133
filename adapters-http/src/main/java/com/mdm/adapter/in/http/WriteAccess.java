package com.mdm.adapter.in.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;

/**
 * Guards the routes that change state: with a token configured they need {@code Authorization:
 * Bearer <token>}, compared in constant time; a client address that presented too many wrong tokens
 * in a window is answered 429 until the window ends. Without a token they are refused unless
 * unauthenticated writes are allowed.
 */
final class WriteAccess {

  static final String FAILURES_METER = "mdm.http.auth.failures";

  private static final String BEARER = "Bearer ";
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Bearer realm=\"mdm\"");

  private final byte[] token;
  private final boolean allowUnauthenticated;
  private final FailedTokenLimiter limiter;
  private final Counter missing;
  private final Counter invalid;
  private final Counter limited;

  WriteAccess(HttpApiConfig config, MeterRegistry meters, Clock clock) {
    String configured = config.apiToken();
    this.token = configured == null ? null : configured.getBytes(StandardCharsets.UTF_8);
    this.allowUnauthenticated = config.allowUnauthenticatedWrites();
    this.limiter =
        new FailedTokenLimiter(config.maxFailedTokens(), config.failedTokenWindow(), clock);
    this.missing = counter(meters, "missing");
    this.invalid = counter(meters, "invalid");
    this.limited = counter(meters, "limited");
  }

  void check(Context ctx) {
    if (token == null) {
      if (allowUnauthenticated) {
        return;
      }
      throw new ProblemException(
          403,
          "write requests are disabled: the service has no API_TOKEN (set it, or set"
              + " API_ALLOW_UNAUTHENTICATED_WRITES=true)");
    }
    String client = ctx.ip();
    long wait = limiter.retryAfterSeconds(client);
    if (wait > 0) {
      limited.increment();
      throw new ProblemException(
          429,
          "too many wrong bearer tokens from this address; try again in " + wait + " s",
          Map.of("Retry-After", Long.toString(wait)));
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      missing.increment();
      throw new ProblemException(
          401, "this request needs the header Authorization: Bearer <API_TOKEN>", CHALLENGE);
    }
    byte[] presented = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
    // constant-time, so the comparison does not reveal how much of a guess was right
    if (!MessageDigest.isEqual(presented, token)) {
      invalid.increment();
      limiter.failed(client);
      throw new ProblemException(
          401,
          "the bearer token is not the service's API_TOKEN",
          Map.of("WWW-Authenticate", "Bearer realm=\"mdm\", error=\"invalid_token\""));
    }
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder(FAILURES_METER)
        .description("write requests refused for their bearer token, by outcome")
        .tag("outcome", outcome)
        .register(meters);
  }
}
