package com.mdm.benchmarks;

import com.mongodb.client.model.Projections;
import io.nats.client.api.ConsumerInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * Latency at a fixed publish rate into the whole service: publish→received read from every stored
 * document (its {@code receivedAt} against the publish time of its stream sequence, {@code
 * origin.p}), and publish→acknowledged, an upper bound of publish→stored, from the consumer's ack
 * floor polled every 20 ms.
 */
final class LatencySection {

  private final BenchContext bench;

  LatencySection(BenchContext bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    int rate = bench.mode.latencyRate();
    int count = (int) (rate * bench.mode.latencyDuration().toSeconds());
    int warmUp = bench.mode.endToEndWarmUp();
    List<byte[]> all = Workload.messages(warmUp + count);
    List<byte[]> messages = all.subList(warmUp, all.size());
    String db = "mdm_bench_latency";
    List<long[]> floors = new ArrayList<>();
    long[] published;
    try (BenchStream stream = new BenchStream(bench.nats);
        ChildService service =
            ChildService.start(
                bench.serviceEnvironment(stream, db, 2),
                List.of("-Xmx1g"),
                bench.file("latency.log"))) {
      while (stream.consumer() == null) {
        if (!service.alive()) {
          throw new IllegalStateException("the service exited; see " + service.log);
        }
        Thread.sleep(50);
      }
      // warm, as in the end-to-end figure: JIT, connection pool, collections and indexes
      stream.preload(all.subList(0, warmUp));
      stream.awaitDrained(warmUp, Duration.ofMinutes(10));
      AtomicBoolean polling = new AtomicBoolean(true);
      Thread poller =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (polling.get()) {
                      ConsumerInfo info = stream.consumer();
                      if (info != null) {
                        floors.add(
                            new long[] {
                              System.currentTimeMillis(), info.getAckFloor().getStreamSequence()
                            });
                      }
                      sleep(20);
                    }
                  });
      published = RatePublisher.publish(bench.nats, stream.subject, messages, rate);
      Duration grace = bench.mode.quick() ? Duration.ofSeconds(5) : Duration.ofSeconds(30);
      try {
        stream.awaitDrained(warmUp, count, grace);
      } catch (IllegalStateException behind) {
        ConsumerInfo info = stream.consumer();
        bench.finding(
            "latency",
            String.format(
                "the service did not keep up with %,d/s: %,d of %,d messages not yet"
                    + " acknowledged %d s after publishing ended; they count as unbounded latency",
                rate, count - info.getAckFloor().getStreamSequence(), count, grace.toSeconds()));
      }
      polling.set(false);
      poller.join();
      // the floor the drain ended on: without it the last batch, acknowledged after the final
      // 20 ms poll, would count as never acknowledged
      ConsumerInfo last = stream.consumer();
      if (last != null) {
        floors.add(new long[] {System.currentTimeMillis(), last.getAckFloor().getStreamSequence()});
      }
    }
    List<Double> received = new ArrayList<>();
    for (String collection : bench.store.collections(db)) {
      Flux.from(
              bench
                  .store
                  .database(db)
                  .getCollection(collection)
                  .find()
                  .projection(Projections.include("receivedAt", "origin")))
          .toIterable()
          .forEach(document -> latency(document, published, received));
    }
    bench.store.drop(db);
    List<Double> acked = ackLatencies(published, floors);
    report("latency.received", "publish→received (stored receivedAt)", received, received.size());
    report("latency.acked", "publish→acknowledged (ack floor, 20 ms polls)", acked, count);
  }

  private void report(String key, String label, List<Double> millis, int published) {
    List<Double> all = new ArrayList<>(millis);
    while (all.size() < published) {
      all.add(Double.POSITIVE_INFINITY);
    }
    List<Double> sorted = all.stream().sorted().toList();
    for (String p : List.of("p50", "p95", "p99", "max")) {
      double quantile = p.equals("max") ? 1.0 : Integer.parseInt(p.substring(1)) / 100.0;
      double value = sorted.get(Math.min(sorted.size() - 1, (int) (quantile * sorted.size())));
      bench.figure(key + "." + p, label + " " + p, Samples.of(value), "ms");
    }
    bench.finding("latency", label + ": " + millis.size() + " of " + published + " measured");
  }

  private static void latency(Document document, long[] published, List<Double> into) {
    Document origin = document.get("origin", Document.class);
    java.util.Date received = document.getDate("receivedAt");
    if (origin == null || received == null || !(origin.get("p") instanceof Number p)) {
      return;
    }
    int sequence = p.intValue();
    if (sequence > 0 && sequence < published.length && published[sequence] > 0) {
      into.add((double) (received.getTime() - published[sequence]));
    }
  }

  /** For each sequence, the first poll at which the ack floor had passed it. */
  private static List<Double> ackLatencies(long[] published, List<long[]> floors) {
    List<Double> latencies = new ArrayList<>();
    int poll = 0;
    for (int sequence = 1; sequence < published.length; sequence++) {
      while (poll < floors.size() && floors.get(poll)[1] < sequence) {
        poll++;
      }
      if (poll < floors.size() && published[sequence] > 0) {
        latencies.add((double) (floors.get(poll)[0] - published[sequence]));
      }
    }
    return latencies;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
