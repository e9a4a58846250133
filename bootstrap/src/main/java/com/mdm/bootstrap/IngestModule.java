package com.mdm.bootstrap;

import com.mdm.application.service.IngestMarketEventService;
import com.mdm.application.service.IngestObserver;
import com.mdm.application.service.metadata.IngestBookkeeper;
import com.mdm.application.service.metadata.MetadataWriter;
import com.mdm.application.service.metadata.RecordCaptureImportService;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.domain.port.out.CaptureLog;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.HealthMetricRepository;
import com.mdm.domain.port.out.IngestMetrics;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.SeriesStore;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The ingest use case, built from its plain constructor. */
@Module
interface IngestModule {

  @Binds
  IngestMarketEventUseCase ingestUseCase(IngestMarketEventService service);

  @Provides
  @Singleton
  static IngestMarketEventService ingestService(
      SeriesStore series,
      ServiceConfig config,
      IngestMetrics metrics,
      IngestBookkeeper bookkeeper,
      RecordCaptureImportService imports) {
    return new IngestMarketEventService(
        series, config.batch(), metrics, IngestObserver.all(bookkeeper, imports));
  }

  @Provides
  @Singleton
  static RecordCaptureImportService captureImports(LineageRepository lineage) {
    return new RecordCaptureImportService(lineage);
  }

  @Provides
  @Singleton
  static MetadataWriter metadataWriter(ServiceConfig config, MeterRegistry registry) {
    MetadataWriter writer = new MetadataWriter(config.metadataQueueCapacity());
    registry.gauge("mdm.metadata.writes.pending", writer, MetadataWriter::pending);
    FunctionCounter.builder("mdm.metadata.writes", writer, MetadataWriter::writtenCount)
        .register(registry);
    FunctionCounter.builder("mdm.metadata.writes.deferred", writer, MetadataWriter::deferredCount)
        .description("metadata writes that failed and were kept for a retry")
        .register(registry);
    FunctionCounter.builder("mdm.metadata.writes.dropped", writer, MetadataWriter::droppedCount)
        .description("metadata writes given up because the queue was full")
        .register(registry);
    return writer;
  }

  @Provides
  @Singleton
  static IngestBookkeeper bookkeeper(
      SeriesStore series,
      DatasetRepository datasets,
      LineageRepository lineage,
      HealthMetricRepository healthMetrics,
      CaptureLog captureLog,
      MetadataWriter writer,
      ServiceConfig config,
      Clock clock) {
    return new IngestBookkeeper(
        series, datasets, lineage, healthMetrics, captureLog, writer, config.metadata(), clock);
  }
}
