package com.mdm.bootstrap;

import com.mdm.domain.market.RecordOrigin;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumer spans of the messages being handled, by subject and stream sequence (the live origin
 * every stored record carries), so a bulk write can link to the messages it stores. An entry lives
 * from the message's arrival until it is settled.
 */
final class MessageSpans {

  private final Map<RecordOrigin, SpanContext> open = new ConcurrentHashMap<>();

  /** Remembers the span; the key to {@link #remove} it with, or null when it has no sequence. */
  RecordOrigin register(String subject, long sequence, SpanContext span) {
    if (sequence <= 0) {
      // core NATS has no sequence: records cannot be told apart by message
      return null;
    }
    RecordOrigin key = RecordOrigin.live(subject, sequence);
    open.put(key, span);
    return key;
  }

  /** The span of the message the record came from, null when unknown or not live. */
  SpanContext of(RecordOrigin origin) {
    return origin == null || origin.kind() != RecordOrigin.Kind.LIVE ? null : open.get(origin);
  }

  void remove(RecordOrigin key) {
    if (key != null) {
      open.remove(key);
    }
  }

  int size() {
    return open.size();
  }
}
