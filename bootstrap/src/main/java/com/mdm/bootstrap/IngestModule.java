package com.mdm.bootstrap;

import com.mdm.application.service.IngestMarketEventService;
import com.mdm.application.service.MarketDataRepositories;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import com.mdm.domain.port.out.IngestMetrics;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** The ingest use case, built from its plain constructor. */
@Module
interface IngestModule {

  @Binds
  IngestMarketEventUseCase ingestUseCase(IngestMarketEventService service);

  @Provides
  @Singleton
  static IngestMarketEventService ingestService(
      MarketDataRepositories repositories, ServiceConfig config, IngestMetrics metrics) {
    return new IngestMarketEventService(repositories, config.batch(), metrics);
  }
}
