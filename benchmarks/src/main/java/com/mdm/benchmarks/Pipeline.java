package com.mdm.benchmarks;

import com.mdm.adapter.in.nats.ListenerMetrics;
import com.mdm.adapter.in.nats.MarketEventListener;
import com.mdm.adapter.in.nats.MarketEventListeners;
import com.mdm.application.service.IngestMarketEventService;
import com.mdm.bootstrap.ConfigLoader;
import com.mdm.bootstrap.ServiceConfig;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.domain.port.out.IngestMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's own ingest path in this process — listener, decoder, batching, settlement — over a
 * store that keeps nothing, configured as the service would be from its environment.
 */
final class Pipeline {

  private Pipeline() {}

  static BenchStream.Drain drain(
      Connection nats, String natsUrl, BenchStream stream, int messages, int readers)
      throws Exception {
    ServiceConfig config = ConfigLoader.load(environment(natsUrl, stream));
    IngestMarketEventService ingest =
        new IngestMarketEventService(
            new DiscardingSeriesStore(), config.batch(), IngestMetrics.NONE);
    MarketEventListener listener =
        MarketEventListeners.create(
            nats,
            config.nats().withReaders(readers),
            new BinanceMessageDecoder(config.decoder()),
            ingest,
            new ListenerMetrics(new SimpleMeterRegistry()),
            Clock.systemUTC());
    listener.start();
    try {
      return stream.awaitDrained(messages, Duration.ofMinutes(10));
    } finally {
      listener.stopReceiving();
      ingest.close();
    }
  }

  /** The variables a service consuming {@code stream} gets; the rest are its defaults. */
  static Map<String, String> environment(String natsUrl, BenchStream stream) {
    Map<String, String> env = new HashMap<>();
    env.put("NATS_URL", natsUrl);
    env.put("NATS_CONSUMER_SUBJECT", stream.subject);
    env.put("NATS_STREAM_NAME", stream.name);
    env.put("NATS_CONSUMER_DURABLE", stream.durable);
    env.put("MONGODB_EMBEDDED", "memory");
    env.put("LOG_LEVEL", "WARN");
    return env;
  }
}
