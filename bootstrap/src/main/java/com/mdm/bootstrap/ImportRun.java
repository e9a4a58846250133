package com.mdm.bootstrap;

import com.mdm.adapter.in.file.CaptureImporter;
import com.mdm.adapter.in.file.ConsoleProgress;
import com.mdm.adapter.in.file.ImportSettings;
import com.mdm.adapter.in.file.ImportSummary;
import com.mdm.application.service.IngestMarketEventService;
import com.mdm.application.service.metadata.IngestBookkeeper;
import com.mdm.application.service.metadata.RecordCaptureImportService;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mongodb.reactivestreams.client.MongoClient;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code import} command's part of the service: the stores, ingest and the bookkeeping, with no
 * feed, API, auditor or backfill; opened for the import and closed after it, buffers written.
 */
final class ImportRun {

  private final ServiceConfig config;
  private final MetadataStore metadata;
  private final IngestMarketEventService ingest;
  private final IngestBookkeeper bookkeeper;
  private final RecordCaptureImportService imports;
  private final MongoClient mongo;
  private final Optional<EmbeddedMongo> embeddedMongo;
  private final Clock clock;

  @Inject
  ImportRun(
      ServiceConfig config,
      MetadataStore metadata,
      IngestMarketEventService ingest,
      IngestBookkeeper bookkeeper,
      RecordCaptureImportService imports,
      MongoClient mongo,
      Optional<EmbeddedMongo> embeddedMongo,
      Clock clock) {
    this.config = config;
    this.metadata = metadata;
    this.ingest = ingest;
    this.bookkeeper = bookkeeper;
    this.imports = imports;
    this.mongo = mongo;
    this.embeddedMongo = embeddedMongo;
    this.clock = clock;
  }

  ImportSummary importFiles(List<Path> files, ImportSettings settings) throws Exception {
    metadata.start();
    try {
      CaptureImporter importer =
          new CaptureImporter(
              new BinanceMessageDecoder(config.decoder()),
              ingest,
              imports,
              settings,
              ConsoleProgress.forConsole(),
              clock);
      ImportSummary summary = importer.importFiles(files);
      bookkeeper.refreshCoverage();
      return summary;
    } finally {
      Duration timeout = config.shutdownTimeout();
      ingest.close(timeout);
      bookkeeper.close(timeout);
      mongo.close();
      embeddedMongo.ifPresent(EmbeddedMongo::close);
      metadata.close();
    }
  }
}
