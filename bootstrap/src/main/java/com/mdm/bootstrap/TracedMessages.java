package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.MessageTracing;
import com.mdm.domain.market.RecordOrigin;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A consumer span per message, a child of the producer's span named by the envelope's {@code
 * _otel_trace_headers} (a root span when there is none), current while the message is decoded and
 * handed on, ended once it is settled.
 */
final class TracedMessages implements MessageTracing {

  static final AttributeKey<Long> SEQUENCE = AttributeKey.longKey("messaging.nats.stream.sequence");

  private static final TextMapGetter<Map<String, String>> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final MessageSpans spans;

  TracedMessages(Tracer tracer, TextMapPropagator propagator, MessageSpans spans) {
    this.tracer = tracer;
    this.propagator = propagator;
    this.spans = spans;
  }

  @Override
  public CompletableFuture<Void> around(
      byte[] data, String subject, long sequence, Supplier<CompletableFuture<Void>> handling) {
    Span span;
    RecordOrigin key;
    try {
      Context producer = propagator.extract(Context.root(), EnvelopeTraceHeaders.of(data), HEADERS);
      span =
          tracer
              .spanBuilder("process " + subject)
              .setParent(producer)
              .setSpanKind(SpanKind.CONSUMER)
              .setAttribute("messaging.system", "nats")
              .setAttribute("messaging.operation.type", "process")
              .setAttribute("messaging.destination.name", subject)
              .setAttribute("messaging.message.body.size", (long) data.length)
              .setAttribute(SEQUENCE, sequence)
              .startSpan();
      key = spans.register(subject, sequence, span.getSpanContext());
    } catch (RuntimeException e) {
      // tracing never stands in the way of a message
      return handling.get();
    }
    CompletableFuture<Void> settled;
    try (Scope ignored = span.makeCurrent()) {
      settled = handling.get();
    }
    settled.whenComplete(
        (done, error) -> {
          spans.remove(key);
          span.end();
        });
    return settled;
  }
}
