package com.mdm.decoder.binance;

import com.mdm.domain.market.MarketEvent;
import java.util.List;
import java.util.Objects;

/**
 * What one message decoded to: the events to store and what was refused. An array message can hold
 * both, when some of its elements are sound and others are not.
 */
public record DecodeResult(List<MarketEvent> events, List<Rejection> rejections) {

  public DecodeResult {
    events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    rejections = List.copyOf(Objects.requireNonNull(rejections, "rejections must not be null"));
  }

  /** A result holding only the given rejection. */
  public static DecodeResult rejected(RejectReason reason, String detail) {
    return new DecodeResult(List.of(), List.of(new Rejection(reason, detail)));
  }

  /** Whether nothing could be decoded: no event and at least one rejection. */
  public boolean isRejected() {
    return events.isEmpty() && !rejections.isEmpty();
  }

  /** Whether anything was refused, even if other events were decoded. */
  public boolean hasRejections() {
    return !rejections.isEmpty();
  }
}
