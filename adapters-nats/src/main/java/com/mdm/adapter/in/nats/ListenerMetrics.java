package com.mdm.adapter.in.nats;

import com.mdm.decoder.binance.RejectReason;
import com.mdm.domain.market.MarketEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/** Counters of the inbound side: messages received, events decoded, dead letters by reason. */
public final class ListenerMetrics {

  private final MeterRegistry registry;
  private final Counter messages;
  private final DistributionSummary messageBytes;
  private final Counter acknowledged;
  private final Counter retried;
  private final Map<Class<?>, Counter> decoded = new ConcurrentHashMap<>();
  private final Map<RejectReason, Counter> deadLettered = new ConcurrentHashMap<>();
  private final AtomicLong consumerPending = new AtomicLong();
  private volatile IntSupplier inFlight = () -> 0;

  public ListenerMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.messages =
        Counter.builder("mdm.ingest.messages")
            .description("NATS messages received")
            .register(registry);
    this.messageBytes =
        DistributionSummary.builder("mdm.ingest.message.bytes")
            .baseUnit("bytes")
            .register(registry);
    this.acknowledged =
        Counter.builder("mdm.ingest.events.acknowledged")
            .description("events stored and acknowledged")
            .register(registry);
    this.retried =
        Counter.builder("mdm.ingest.messages.retried")
            .description("messages handed back for redelivery after a storage failure")
            .register(registry);
    registry.gauge("mdm.ingest.consumer.pending", consumerPending);
    registry.gauge("mdm.ingest.inflight", this, metrics -> metrics.inFlight.getAsInt());
  }

  void received(int bytes) {
    messages.increment();
    messageBytes.record(bytes);
  }

  void decoded(MarketEvent event) {
    decoded
        .computeIfAbsent(
            event.getClass(),
            type ->
                Counter.builder("mdm.ingest.events.received")
                    .tag("type", event.seriesKey().type().name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry))
        .increment();
  }

  void deadLettered(RejectReason reason) {
    deadLettered
        .computeIfAbsent(
            reason,
            r ->
                Counter.builder("mdm.ingest.dead.lettered")
                    .tag("reason", r.code())
                    .description("messages or array elements rejected and dead-lettered")
                    .register(registry))
        .increment();
  }

  void acknowledged(int events) {
    acknowledged.increment(events);
  }

  void retried() {
    retried.increment();
  }

  void consumerPending(long pending) {
    consumerPending.set(pending);
  }

  /** Where the in-flight gauge reads its value: the listener's bound. */
  void inFlightFrom(IntSupplier source) {
    inFlight = source;
  }

  /** Total dead letters so far for {@code reason}; for tests and the status page. */
  public double deadLetteredCount(RejectReason reason) {
    Counter counter = deadLettered.get(reason);
    return counter == null ? 0 : counter.count();
  }

  /** Total events acknowledged so far. */
  public double acknowledgedCount() {
    return acknowledged.count();
  }
}
