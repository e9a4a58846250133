package com.mdm.benchmarks;

import com.mdm.adapter.in.nats.ListenerMetrics;
import com.mdm.adapter.in.nats.MarketEventListener;
import com.mdm.adapter.in.nats.MarketEventListeners;
import com.mdm.application.service.IngestMarketEventService;
import com.mdm.bootstrap.ConfigLoader;
import com.mdm.bootstrap.ServiceComponent;
import com.mdm.bootstrap.ServiceConfig;
import com.mdm.bootstrap.ServiceRuntime;
import com.mdm.decoder.binance.BinanceMessageDecoder;
import com.mdm.domain.port.out.IngestMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * End-to-end ingest throughput: preloads a JetStream stream with N messages, starts the whole
 * service on it, and measures how fast it drains the stream into MongoDB (every message decoded,
 * stored and acknowledged). Run by {@code scripts/bench}; see docs/benchmarks.md.
 */
public final class IngestHarness {

  private IngestHarness() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    boolean discard = args.length > 1 && args[1].equals("discard");
    String id = UUID.randomUUID().toString().substring(0, 8);
    String subject = "mdm.bench." + id + ".data";
    String stream = "MDM_BENCH_" + id.toUpperCase(Locale.ROOT);
    String natsUrl = env("NATS_URL", "nats://127.0.0.1:4222");

    Map<String, String> config = new HashMap<>(System.getenv());
    config.put("NATS_URL", natsUrl);
    config.put("NATS_CONSUMER_SUBJECT", subject);
    config.put("NATS_STREAM_NAME", stream);
    config.put("NATS_CONSUMER_DURABLE", "bench-" + id);
    config.put("MONGODB_DB", "mdm_bench_" + id);
    config.putIfAbsent("MONGODB_WRITE_CONCERN", "1");
    if (System.getenv("MONGODB_URI") == null && System.getenv("MONGODB_HOST") == null) {
      config.put("MONGODB_EMBEDDED", "memory");
    }
    config.putIfAbsent("MYSQL_DB", "mdm_bench");
    config.put("LOG_LEVEL", "WARN");

    try (Connection nats = Nats.connect(natsUrl)) {
      JetStreamManagement management = nats.jetStreamManagement();
      management.addStream(
          StreamConfiguration.builder()
              .name(stream)
              .subjects(subject, subject + ".dlq")
              .storageType(StorageType.File)
              .build());
      try {
        double publishRate = preload(nats.jetStream(), subject, messages);
        System.out.printf(
            Locale.ROOT, "preloaded %,d messages at %,.0f msg/s%n", messages, publishRate);

        ServiceConfig serviceConfig = ConfigLoader.load(config);
        long started = System.nanoTime();
        AutoCloseable running =
            discard ? startDiscarding(nats, serviceConfig) : startService(serviceConfig);
        awaitDrained(management, stream, "bench-" + id);
        double seconds = (System.nanoTime() - started) / 1e9;
        running.close();
        System.out.printf(
            Locale.ROOT,
            "%s: %,d messages (%,d events) %s and acknowledged in %.2f s = %,.0f events/s%n",
            discard ? "pipeline without a store" : "end to end",
            messages,
            messages,
            discard ? "decoded, batched, discarded" : "stored",
            seconds,
            messages / seconds);
      } finally {
        management.deleteStream(stream);
      }
    }
    System.exit(0);
  }

  private static AutoCloseable startService(ServiceConfig config) throws Exception {
    ServiceRuntime runtime = ServiceComponent.create(config).runtime();
    runtime.start();
    return runtime::stop;
  }

  /** The real listener, decoder and batching, over repositories that keep nothing. */
  private static AutoCloseable startDiscarding(Connection nats, ServiceConfig config)
      throws Exception {
    IngestMarketEventService ingest =
        new IngestMarketEventService(
            new DiscardingSeriesStore(), config.batch(), IngestMetrics.NONE);
    MarketEventListener listener =
        MarketEventListeners.create(
            nats,
            config.nats(),
            new BinanceMessageDecoder(config.decoder()),
            ingest,
            new ListenerMetrics(new SimpleMeterRegistry()),
            Clock.systemUTC());
    listener.start();
    return () -> {
      listener.stopReceiving();
      ingest.close();
    };
  }

  private static double preload(JetStream jetStream, String subject, int messages)
      throws Exception {
    List<byte[]> payloads = SamplePayloads.mixed(messages);
    long started = System.nanoTime();
    List<CompletableFuture<PublishAck>> window = new ArrayList<>();
    for (byte[] payload : payloads) {
      window.add(jetStream.publishAsync(subject, payload));
      if (window.size() == 5_000) {
        CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
        window.clear();
      }
    }
    CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
    return messages / ((System.nanoTime() - started) / 1e9);
  }

  private static void awaitDrained(JetStreamManagement management, String stream, String consumer)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        ConsumerInfo info = management.getConsumerInfo(stream, consumer);
        if (info.getNumPending() == 0 && info.getNumAckPending() == 0) {
          return;
        }
      } catch (Exception e) {
        // the consumer is being created
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the stream was not drained within 30 minutes");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
