package com.mdm.adapter.in.synthetic;

import com.mdm.domain.market.Symbol;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated NATS message: its bytes exactly as they would travel, with what a test or a
 * publisher may want to know about them without parsing.
 *
 * @param eventTime the event time {@code E} of the data; frames come in ascending event time
 * @param stream the frame's {@code stream} field, e.g. {@code btcusdt@aggTrade}
 * @param bytes the UTF-8 JSON message; owned by the frame, not to be modified
 */
public record SyntheticFrame(
    Instant eventTime, Symbol symbol, SyntheticEventType type, String stream, byte[] bytes) {

  public SyntheticFrame {
    Objects.requireNonNull(eventTime, "eventTime must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(stream, "stream must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
  }

  /** The message as text. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyntheticFrame frame
        && eventTime.equals(frame.eventTime)
        && symbol.equals(frame.symbol)
        && type == frame.type
        && stream.equals(frame.stream)
        && Arrays.equals(bytes, frame.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eventTime, symbol, type, stream, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "SyntheticFrame[" + eventTime + " " + type + " " + text() + "]";
  }
}
