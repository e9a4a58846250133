package com.mdm.bootstrap;

import com.mdm.adapter.out.binance.BinanceExchangeHistoryClient;
import com.mdm.application.service.backfill.AutoRepairService;
import com.mdm.application.service.backfill.BackfillJobListener;
import com.mdm.application.service.backfill.BackfillWorker;
import com.mdm.application.service.backfill.BackfilledDatasets;
import com.mdm.application.service.backfill.ManageBackfillJobsService;
import com.mdm.domain.port.in.ManageBackfillJobsUseCase;
import com.mdm.domain.port.in.ReauditGapUseCase;
import com.mdm.domain.port.out.BackfillJobRepository;
import com.mdm.domain.port.out.DataGapRepository;
import com.mdm.domain.port.out.DatasetRepository;
import com.mdm.domain.port.out.ExchangeHistoryClient;
import com.mdm.domain.port.out.LineageRepository;
import com.mdm.domain.port.out.SeriesStore;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Backfill from the Binance REST API: job management, the worker and automatic repair. */
@Module
interface BackfillModule {

  @Binds
  ManageBackfillJobsUseCase manageBackfillJobs(ManageBackfillJobsService service);

  @Provides
  @Singleton
  static ExchangeHistoryClient exchange(
      BinanceExchangeHistoryClient client, ServiceTracing tracing) {
    return tracing.exchange(client);
  }

  @Provides
  @Singleton
  static BinanceExchangeHistoryClient binance(ServiceConfig config) {
    return new BinanceExchangeHistoryClient(config.backfill().binance());
  }

  @Provides
  @Singleton
  static ManageBackfillJobsService backfillJobService(BackfillJobRepository jobs, Clock clock) {
    return new ManageBackfillJobsService(jobs, clock);
  }

  @Provides
  @Singleton
  static AutoRepairService autoRepair(
      ServiceConfig config,
      DataGapRepository gaps,
      BackfillJobRepository jobs,
      ManageBackfillJobsService backfillJobs,
      ReauditGapUseCase reaudit) {
    return new AutoRepairService(gaps, jobs, backfillJobs, reaudit, config.backfill().repair());
  }

  /**
   * The worker always reports finished jobs to auto repair, so queued repairs get re-audited, and
   * to the catalog, so a backfilled series is listed (and readable) like an ingested one.
   */
  @Provides
  @Singleton
  static BackfillWorker worker(
      ServiceConfig config,
      BackfillJobRepository jobs,
      LineageRepository lineage,
      ExchangeHistoryClient exchange,
      SeriesStore series,
      DatasetRepository datasets,
      AutoRepairService autoRepair,
      Clock clock) {
    BackfilledDatasets catalog = new BackfilledDatasets(datasets, series, clock);
    BackfillJobListener finished =
        job -> {
          catalog.onFinished(job);
          autoRepair.onFinished(job);
        };
    return new BackfillWorker(
        jobs, lineage, exchange, series, finished, config.backfill().worker(), clock);
  }
}
