package com.mdm.adapter.out.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mdm.domain.port.out.ExchangeException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one GET through the rate limiter and retries what may succeed later: timeouts, connection
 * failures and 5xx after a jittered backoff, 429 after its {@code Retry-After}, 418 after the ban
 * (when it ends within the longest wait). Any other 4xx is the request's own fault and fails at
 * once with Binance's code and message.
 */
final class BinanceRestCaller {

  private static final Logger LOG = LoggerFactory.getLogger(BinanceRestCaller.class);
  private static final Duration DEFAULT_BAN = Duration.ofMinutes(2);

  private final BinanceRestSettings settings;
  private final HttpClient http;
  private final RateLimiter limiter;
  private final Backoff backoff;
  private final Sleeper sleeper;
  private final Clock clock;
  private final ObjectMapper json;

  BinanceRestCaller(
      BinanceRestSettings settings,
      HttpClient http,
      RateLimiter limiter,
      Backoff backoff,
      Sleeper sleeper,
      Clock clock,
      ObjectMapper json) {
    this.settings = settings;
    this.http = http;
    this.limiter = limiter;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
    this.json = json;
  }

  /** The parsed body of a successful call of {@code endpoint} with {@code query}. */
  JsonNode get(Endpoint endpoint, Map<String, String> query, int limit) {
    String target = endpoint.path() + "?" + queryString(query);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + target))
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    int weight = endpoint.weight(limit);
    ExchangeException last = null;
    try {
      for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
        RateLimiter.Permit permit = limiter.acquire(endpoint, weight);
        HttpResponse<byte[]> response;
        try {
          response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
          limiter.completed(permit, -1);
          last = failure(target, "no response within " + settings.requestTimeout(), 0, null, e);
          pause(attempt, last);
          continue;
        } catch (IOException e) {
          limiter.completed(permit, -1);
          last = failure(target, "connection failed: " + e, 0, null, e);
          pause(attempt, last);
          continue;
        }
        limiter.completed(permit, ResponseHeaders.usedWeight(response));
        int status = response.statusCode();
        if (status / 100 == 2) {
          JsonNode body = parse(response.body());
          if (body != null) {
            return body;
          }
          last = failure(target, "the body is not JSON", status, null, null);
          pause(attempt, last);
        } else if (status == 429) {
          Duration wait = ResponseHeaders.retryAfter(response).orElse(settings.weightWindow());
          limiter.tooManyRequests(wait);
          last = failure(target, "HTTP 429, retrying after " + wait, status, null, null);
          LOG.warn("{}", last.getMessage());
        } else if (status == 418) {
          Instant until = banEnd(response);
          limiter.banned(until);
          last = failure(target, "HTTP 418, IP banned until " + until, status, until, null);
          LOG.warn("{}", last.getMessage());
        } else if (status >= 500) {
          last = failure(target, "HTTP " + status + ": " + error(response).describe(), status);
          pause(attempt, last);
        } else {
          BinanceError error = error(response);
          throw ExchangeException.rejected(
              "Binance rejected GET " + target + ": " + error.describe() + " (HTTP " + status + ")",
              status,
              error.code());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while calling Binance GET " + target);
    }
    throw ExchangeException.unavailable(
        "Binance GET "
            + target
            + " failed "
            + settings.maxAttempts()
            + " times; last: "
            + last.getMessage(),
        last.httpStatus(),
        last.retryAt(),
        last.getCause());
  }

  private void pause(int attempt, ExchangeException failure) throws InterruptedException {
    if (attempt < settings.maxAttempts()) {
      Duration wait = backoff.delay(attempt);
      LOG.warn("{}; attempt {} again in {} ms", failure.getMessage(), attempt + 1, wait.toMillis());
      sleeper.sleep(wait);
    }
  }

  private static ExchangeException failure(
      String target, String what, int status, Instant retryAt, Throwable cause) {
    return ExchangeException.unavailable("GET " + target + ": " + what, status, retryAt, cause);
  }

  private static ExchangeException failure(String target, String what, int status) {
    return failure(target, what, status, null, null);
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private BinanceError error(HttpResponse<byte[]> response) {
    return BinanceError.parse(json, response.body());
  }

  private Instant banEnd(HttpResponse<byte[]> response) {
    Instant now = clock.instant();
    Instant fromHeader = ResponseHeaders.retryAfter(response).map(now::plus).orElse(null);
    Instant fromBody = error(response).bannedUntil().orElse(null);
    if (fromHeader == null && fromBody == null) {
      return now.plus(DEFAULT_BAN);
    }
    if (fromHeader == null || fromBody == null) {
      return fromHeader == null ? fromBody : fromHeader;
    }
    return fromHeader.isAfter(fromBody) ? fromHeader : fromBody;
  }

  private String base() {
    String base = settings.baseUrl().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static String queryString(Map<String, String> query) {
    return query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
