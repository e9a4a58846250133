package com.mdm.bootstrap;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import org.slf4j.MDC;

/**
 * OpenTelemetry's context storage that also puts the current span's {@code trace_id} and {@code
 * span_id} in the logging MDC while it is current, and puts back what was there when its scope
 * closes; the JSON log lines carry them.
 */
final class MdcContextStorage implements ContextStorage {

  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";

  private final ContextStorage delegate;

  MdcContextStorage(ContextStorage delegate) {
    this.delegate = delegate;
  }

  @Override
  public Scope attach(Context toAttach) {
    String previousTrace = MDC.get(TRACE_ID);
    String previousSpan = MDC.get(SPAN_ID);
    Scope scope = delegate.attach(toAttach);
    SpanContext span = Span.fromContext(toAttach).getSpanContext();
    if (span.isValid()) {
      MDC.put(TRACE_ID, span.getTraceId());
      MDC.put(SPAN_ID, span.getSpanId());
    } else {
      MDC.remove(TRACE_ID);
      MDC.remove(SPAN_ID);
    }
    return () -> {
      scope.close();
      restore(TRACE_ID, previousTrace);
      restore(SPAN_ID, previousSpan);
    };
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }

  @Override
  public Context current() {
    return delegate.current();
  }
}
