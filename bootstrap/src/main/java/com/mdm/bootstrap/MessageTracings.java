package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.MessageTracing;
import io.opentelemetry.api.OpenTelemetry;

/** The per-message tracing hook on a given OpenTelemetry, for benchmarks and tools. */
public final class MessageTracings {

  private MessageTracings() {}

  /** What the service installs with this SDK: a consumer span per message. */
  public static MessageTracing on(OpenTelemetry openTelemetry) {
    return new ServiceTracing(openTelemetry, true).messages();
  }
}
