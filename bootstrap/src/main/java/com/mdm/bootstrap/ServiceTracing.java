package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.MessageTracing;
import com.mdm.domain.port.out.AuditMetrics;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.SeriesStore;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;

/**
 * The service's OpenTelemetry tracing: the SDK configured by the standard {@code OTEL_*} variables
 * when {@code OTEL_EXPORTER_OTLP_ENDPOINT} or {@code OTEL_TRACES_EXPORTER} asks for it, else off;
 * and the decorators that put spans around messages, bulk writes, backfill pages and audit cycles.
 * Off, every decorator is the undecorated object itself.
 */
final class ServiceTracing {

  static final String INSTRUMENTATION = "com.mdm.market-data-manager";

  private final OpenTelemetry openTelemetry;
  private final boolean enabled;
  private final Tracer tracer;
  private final MessageSpans messageSpans = new MessageSpans();

  ServiceTracing(OpenTelemetry openTelemetry, boolean enabled) {
    this.openTelemetry = openTelemetry;
    this.enabled = enabled;
    this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
  }

  private static ServiceTracing global;

  /**
   * The process's tracing, made once from its environment and registered as the global
   * OpenTelemetry, so that libraries instrumented through it (the MySQL driver) join the traces.
   */
  static synchronized ServiceTracing global() {
    if (global == null) {
      global = fromEnvironment(System.getenv());
      try {
        GlobalOpenTelemetry.set(global.openTelemetry);
      } catch (IllegalStateException e) {
        // set already (a test's own SDK): that one stays
      }
    }
    return global;
  }

  static ServiceTracing off() {
    return new ServiceTracing(OpenTelemetry.noop(), false);
  }

  /** From the process environment, as the SDK's autoconfiguration reads it. */
  static ServiceTracing fromEnvironment(Map<String, String> env) {
    if (!requested(env)) {
      return off();
    }
    // log lines written while a span is current carry its trace and span ids
    ContextStorage.addWrapper(MdcContextStorage::new);
    try {
      return new ServiceTracing(
          AutoConfiguredOpenTelemetrySdk.builder()
              // defaults only: OTEL_* variables override each of them
              .addPropertiesSupplier(
                  () ->
                      Map.of(
                          "otel.service.name", "market-data-manager",
                          "otel.metrics.exporter", "none",
                          "otel.logs.exporter", "none"))
              .build()
              .getOpenTelemetrySdk(),
          true);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "OpenTelemetry cannot be configured from the OTEL_* variables: " + e.getMessage(), e);
    }
  }

  /** Tracing is on when an exporter or its endpoint is named, and the SDK is not disabled. */
  static boolean requested(Map<String, String> env) {
    boolean named =
        present(env.get("OTEL_EXPORTER_OTLP_ENDPOINT"))
            || present(env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
            || present(env.get("OTEL_TRACES_EXPORTER"));
    return named && !"true".equalsIgnoreCase(String.valueOf(env.get("OTEL_SDK_DISABLED")).trim());
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  boolean enabled() {
    return enabled;
  }

  OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  /** A consumer span per message, continuing the producer's trace from its envelope. */
  MessageTracing messages() {
    return enabled
        ? new TracedMessages(
            tracer, openTelemetry.getPropagators().getTextMapPropagator(), messageSpans)
        : MessageTracing.NONE;
  }

  /** A span per bulk write, linked to the messages whose records it carried. */
  SeriesStore series(SeriesStore store) {
    return enabled ? new TracedSeriesStore(store, tracer, messageSpans) : store;
  }

  /** A span per page of exchange history read for a backfill. */
  ExchangeHistoryClient exchange(ExchangeHistoryClient client) {
    return enabled ? new TracedExchangeHistoryClient(client, tracer) : client;
  }

  /** A span per finished audit cycle. */
  AuditMetrics audit(AuditMetrics metrics) {
    return enabled ? new TracedAuditMetrics(metrics, tracer) : metrics;
  }
}
