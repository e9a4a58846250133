package com.mdm.adapter.in.http;

/**
 * A request field that cannot be served, already named as the client wrote it, so the answer's
 * {@code invalid-params} repeats the name unchanged (unlike a use case's {@code
 * InvalidRequestException}, whose names are translated into the API's).
 */
final class InvalidFieldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  InvalidFieldException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  String field() {
    return field;
  }
}
