package com.mdm.domain.port.in;

import com.mdm.domain.market.Symbol;
import java.util.Objects;

/**
 * A read of a well-formed pair the service holds no data of (an HTTP adapter answers 404), as
 * opposed to a malformed one, which is an {@link InvalidRequestException}.
 */
public final class NoDataStoredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Symbol symbol;

  public NoDataStoredException(Symbol symbol) {
    super("no data stored for pair " + Objects.requireNonNull(symbol, "symbol must not be null"));
    this.symbol = symbol;
  }

  /** The pair asked for. */
  public Symbol symbol() {
    return symbol;
  }
}
