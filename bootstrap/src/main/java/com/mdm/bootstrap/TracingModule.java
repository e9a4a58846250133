package com.mdm.bootstrap;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** OpenTelemetry tracing, configured by the process's {@code OTEL_*} variables (off without). */
@Module
interface TracingModule {

  @Provides
  @Singleton
  static ServiceTracing tracing() {
    return ServiceTracing.global();
  }
}
