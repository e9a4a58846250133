package com.mdm.domain.port.in;

import com.mdm.domain.market.MarketEvent;
import java.util.List;
import java.util.Objects;

/**
 * The decoded content of one inbound message.
 *
 * @param events the events to store; empty when everything in the message was rejected
 * @param source where the message came from, e.g. the NATS subject
 * @param sequence the message's position in its source (JetStream stream sequence), 0 if none
 * @param rejected how many events or messages were rejected and dead-lettered from it
 */
public record IngestCommand(List<MarketEvent> events, String source, long sequence, int rejected) {

  public IngestCommand {
    events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    Objects.requireNonNull(source, "source must not be null");
    if (sequence < 0 || rejected < 0) {
      throw new IllegalArgumentException("sequence and rejected must be >= 0");
    }
  }

  /** Events from an unnamed source, nothing rejected; for tools and tests. */
  public static IngestCommand of(List<MarketEvent> events) {
    return new IngestCommand(events, "direct", 0, 0);
  }
}
