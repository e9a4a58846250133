package com.mdm.adapter.in.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Guards the routes that change state: with a token configured they need {@code Authorization:
 * Bearer <token>}; without one they are refused unless unauthenticated writes are allowed.
 */
final class WriteAccess {

  private static final String BEARER = "Bearer ";

  private final byte[] token;
  private final boolean allowUnauthenticated;

  WriteAccess(String token, boolean allowUnauthenticated) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.allowUnauthenticated = allowUnauthenticated;
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
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new ProblemException(
          401,
          "this request needs the header Authorization: Bearer <API_TOKEN>",
          Map.of("WWW-Authenticate", "Bearer realm=\"mdm\""));
    }
    byte[] presented = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
    // constant-time, so the comparison does not reveal how much of a guess was right
    if (!MessageDigest.isEqual(presented, token)) {
      throw new ProblemException(
          401,
          "the bearer token is not the service's API_TOKEN",
          Map.of("WWW-Authenticate", "Bearer realm=\"mdm\", error=\"invalid_token\""));
    }
  }
}
