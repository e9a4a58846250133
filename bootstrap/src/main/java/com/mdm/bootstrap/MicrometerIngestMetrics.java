package com.mdm.bootstrap;

import com.mdm.domain.market.SeriesType;
import com.mdm.domain.port.out.IngestMetrics;
import com.mdm.domain.port.out.WriteResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Publishes the storage side of ingest as Micrometer meters, tagged by series type; each type's
 * meters are looked up once, not per batch.
 */
final class MicrometerIngestMetrics implements IngestMetrics {

  private final MeterRegistry registry;
  private final Map<SeriesType, Meters> meters = new EnumMap<>(SeriesType.class);

  @Inject
  MicrometerIngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (SeriesType type : SeriesType.values()) {
      meters.put(type, new Meters(registry, tag(type)));
    }
  }

  @Override
  public void batchWritten(SeriesType type, int size, WriteResult result, Duration latency) {
    Meters of = meters.get(type);
    of.stored.increment(result.written());
    of.duplicate.increment(result.duplicates());
    of.batchSize.record(size);
    of.flushLatency.record(latency);
  }

  @Override
  public void batchFailed(SeriesType type, int size, Throwable cause) {
    Counter.builder("mdm.ingest.batch.failed")
        .tag("type", tag(type))
        .register(registry)
        .increment();
  }

  private static String tag(SeriesType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The meters of one series type. */
  private record Meters(
      Counter stored, Counter duplicate, DistributionSummary batchSize, Timer flushLatency) {

    Meters(MeterRegistry registry, String tag) {
      this(
          Counter.builder("mdm.ingest.records.stored").tag("type", tag).register(registry),
          Counter.builder("mdm.ingest.records.duplicate").tag("type", tag).register(registry),
          DistributionSummary.builder("mdm.ingest.batch.size").tag("type", tag).register(registry),
          Timer.builder("mdm.ingest.flush.latency").tag("type", tag).register(registry));
    }
  }
}
