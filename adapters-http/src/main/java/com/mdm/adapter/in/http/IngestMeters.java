package com.mdm.adapter.in.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answer of {@code /metrics/ingest}: the ingest meters of this process as running totals, read
 * from the registry by the names the NATS listener and the ingest service register them under, so
 * the dashboard needs no Prometheus text parser. Rates are the reader's to derive: two answers a
 * few seconds apart give messages per second.
 *
 * @param messages NATS messages received
 * @param eventsReceived events decoded, by event type
 * @param recordsStored records written to the store, by series type
 * @param deadLettered messages or elements dead-lettered, by reason code
 * @param consumerPending messages the NATS consumer holds for this process and has not delivered;
 *     null when the listener is not running
 * @param inFlight messages delivered and not yet acknowledged; null when the listener is not
 *     running
 */
record IngestMeters(
    long messages,
    SortedMap<String, Long> eventsReceived,
    SortedMap<String, Long> recordsStored,
    SortedMap<String, Long> deadLettered,
    Long consumerPending,
    Long inFlight) {

  static IngestMeters of(MeterRegistry registry) {
    return new IngestMeters(
        registry.find("mdm.ingest.messages").counters().stream()
            .mapToLong(counter -> Math.round(counter.count()))
            .sum(),
        byTag(registry, "mdm.ingest.events.received", "type"),
        byTag(registry, "mdm.ingest.records.stored", "type"),
        byTag(registry, "mdm.ingest.dead.lettered", "reason"),
        gauge(registry, "mdm.ingest.consumer.pending"),
        gauge(registry, "mdm.ingest.inflight"));
  }

  private static SortedMap<String, Long> byTag(MeterRegistry registry, String name, String tag) {
    SortedMap<String, Long> totals = new TreeMap<>();
    for (Counter counter : registry.find(name).counters()) {
      String key = counter.getId().getTag(tag);
      totals.merge(key == null ? "unknown" : key, Math.round(counter.count()), Long::sum);
    }
    return totals;
  }

  private static Long gauge(MeterRegistry registry, String name) {
    Gauge gauge = registry.find(name).gauge();
    if (gauge == null || Double.isNaN(gauge.value())) {
      return null;
    }
    return Math.round(gauge.value());
  }
}
