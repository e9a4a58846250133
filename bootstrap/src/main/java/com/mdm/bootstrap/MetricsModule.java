package com.mdm.bootstrap;

import com.mdm.domain.port.out.IngestMetrics;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Meters and the clock. */
@Module
interface MetricsModule {

  @Binds
  IngestMetrics ingestMetrics(MicrometerIngestMetrics metrics);

  @Provides
  @Singleton
  static MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  @Provides
  @Singleton
  static Clock clock() {
    return Clock.systemUTC();
  }
}
