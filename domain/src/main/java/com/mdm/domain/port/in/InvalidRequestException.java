package com.mdm.domain.port.in;

import java.util.Objects;

/**
 * A query or command parameter that cannot be served, naming it so that the caller can correct it
 * (an HTTP adapter answers 400 and translates the name into its own parameter name).
 */
public final class InvalidRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public InvalidRequestException(String parameter, String message) {
    super(Objects.requireNonNull(message, "message must not be null"));
    this.parameter = Objects.requireNonNull(parameter, "parameter must not be null");
  }

  /** The offending field of the query or command, e.g. {@code limit} or {@code symbol}. */
  public String parameter() {
    return parameter;
  }
}
