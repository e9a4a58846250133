package com.mdm.adapter.in.http;

import java.util.Map;

/** Ends a request with an RFC 9457 problem of the given status and detail. */
final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, String> headers;

  ProblemException(int status, String detail) {
    this(status, detail, Map.of());
  }

  ProblemException(int status, String detail, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(404, detail);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }
}
