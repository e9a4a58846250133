package com.mdm.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** The whole service, assembled. */
@Singleton
@Component(
    modules = {
      MetricsModule.class,
      NatsModule.class,
      MongoModule.class,
      MysqlModule.class,
      IngestModule.class,
      AuditModule.class
    })
public interface ServiceComponent {

  ServiceRuntime runtime();

  /** Every meter the service publishes. */
  MeterRegistry meterRegistry();

  /** Creates the component from a validated configuration. */
  @Component.Factory
  interface Factory {
    ServiceComponent create(@BindsInstance ServiceConfig config);
  }

  static ServiceComponent create(ServiceConfig config) {
    return DaggerServiceComponent.factory().create(config);
  }
}
