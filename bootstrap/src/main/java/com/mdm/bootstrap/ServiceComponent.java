package com.mdm.bootstrap;

import com.mdm.adapter.in.http.HttpApiServer;
import dagger.BindsInstance;
import dagger.Component;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The whole service, assembled. */
@Singleton
@Component(
    modules = {
      MetricsModule.class,
      NatsModule.class,
      FeedModule.class,
      MongoModule.class,
      MysqlModule.class,
      IngestModule.class,
      AuditModule.class,
      BackfillModule.class,
      HttpModule.class,
      TracingModule.class
    })
public interface ServiceComponent {

  ServiceRuntime runtime();

  /** The stores, ingest and bookkeeping for the {@code import} command, with no feed. */
  ImportRun importRun();

  /** The HTTP API (started by the runtime when enabled). */
  HttpApiServer httpApi();

  /** Every meter the service publishes. */
  MeterRegistry meterRegistry();

  /**
   * Creates the component from a validated configuration and the clock every part of it reads:
   * receipt minutes, audit windows, lineage and job times.
   */
  @Component.Factory
  interface Factory {
    ServiceComponent create(@BindsInstance ServiceConfig config, @BindsInstance Clock clock);
  }

  /** The service on the system's UTC clock. */
  static ServiceComponent create(ServiceConfig config) {
    return create(config, Clock.systemUTC());
  }

  /** The service on {@code clock} (tests move one by hand to make minutes pass). */
  static ServiceComponent create(ServiceConfig config, Clock clock) {
    // before any library (the MySQL driver, for one) asks for the global OpenTelemetry
    ServiceTracing.global();
    return DaggerServiceComponent.factory().create(config, clock);
  }
}
