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
import java.util.Locale;

/** Publishes the storage side of ingest as Micrometer meters, tagged by series type. */
final class MicrometerIngestMetrics implements IngestMetrics {

  private final MeterRegistry registry;

  @Inject
  MicrometerIngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void batchWritten(SeriesType type, int size, WriteResult result, Duration latency) {
    String tag = tag(type);
    Counter.builder("mdm.ingest.records.stored")
        .tag("type", tag)
        .register(registry)
        .increment(result.written());
    Counter.builder("mdm.ingest.records.duplicate")
        .tag("type", tag)
        .register(registry)
        .increment(result.duplicates());
    DistributionSummary.builder("mdm.ingest.batch.size")
        .tag("type", tag)
        .register(registry)
        .record(size);
    Timer.builder("mdm.ingest.flush.latency").tag("type", tag).register(registry).record(latency);
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
}
