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
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Nats;
import io.nats.client.Options;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The NATS connection and the inbound listener. */
@Module
interface NatsModule {

  Logger LOG = LoggerFactory.getLogger(NatsModule.class);

  /** The shared connection, made on first use. */
  @Provides
  static Connection connection(NatsConnection connection) {
    return connection.get();
  }

  @Provides
  @Connecting
  static Connection connect(ServiceConfig config) {
    Options options =
        Options.builder()
            .servers(config.natsUrl().split(","))
            .connectionName("market-data-manager")
            .connectionTimeout(Duration.ofSeconds(5))
            .maxReconnects(-1)
            .reconnectWait(Duration.ofSeconds(1))
            .errorListener(
                new ErrorListener() {
                  @Override
                  public void exceptionOccurred(Connection connection, Exception exception) {
                    LOG.warn("NATS: {}", exception.toString());
                  }

                  @Override
                  public void errorOccurred(Connection connection, String error) {
                    LOG.warn("NATS error: {}", error);
                  }
                })
            .connectionListener(
                (connection, event) -> {
                  if (event != ConnectionListener.Events.RESUBSCRIBED) {
                    LOG.info("NATS connection {}", event);
                  }
                })
            .build();
    try {
      return Nats.connect(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot connect to NATS at " + config.natsUrl(), e);
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
