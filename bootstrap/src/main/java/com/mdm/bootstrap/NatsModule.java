package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.ListenerMetrics;
import com.mdm.adapter.in.nats.MarketEventListener;
import com.mdm.adapter.in.nats.MarketEventListeners;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.domain.port.in.IngestMarketEventUseCase;
import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The NATS connection and the inbound listener. */
@Module
interface NatsModule {

  /** The shared connection, made on first use. */
  @Provides
  static Connection connection(NatsConnection connection) {
    return connection.get();
  }

  @Provides
  @Connecting
  static Connection connect(ServiceConfig config) {
    Options options = NatsOptions.of(config.natsUrl(), config.natsSecurity());
    try {
      return Nats.connect(options);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot connect to NATS at "
              + NatsSecurity.redact(config.natsUrl())
              + " (authentication: "
              + config.natsSecurity().authentication()
              + "): "
              + NatsSecurity.redact(String.valueOf(e.getMessage())),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to NATS", e);
    }
  }

  @Provides
  @Singleton
  static BinanceMessageDecoder decoder(ServiceConfig config) {
    return new BinanceMessageDecoder(config.decoder());
  }

  @Provides
  @Singleton
  static ListenerMetrics listenerMetrics(MeterRegistry registry) {
    return new ListenerMetrics(registry);
  }

  @Provides
  @Singleton
  static MarketEventListener listener(
      Connection connection,
      ServiceConfig config,
      BinanceMessageDecoder decoder,
      IngestMarketEventUseCase ingest,
      ListenerMetrics metrics,
      Clock clock,
      ServiceTracing tracing) {
    try {
      return MarketEventListeners.create(
          connection, config.nats(), decoder, ingest, metrics, clock, tracing.messages());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the NATS listener", e);
    }
  }
}
