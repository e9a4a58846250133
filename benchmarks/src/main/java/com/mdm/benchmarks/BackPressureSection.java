package com.mdm.benchmarks;

import com.mdm.adapter.in.synthetic.SyntheticEventType;
import com.mdm.adapter.in.synthetic.SyntheticFrame;
import com.mdm.testsupport.TcpProxy;
import com.mongodb.client.model.Projections;
import io.nats.client.api.ConsumerInfo;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * The store stalled under load: the whole service with {@code -Xmx512m} and a GC log drains a
 * preloaded stream through a proxy that holds every byte for the stall. During it, acknowledgements
 * stop and every acknowledged message is found stored; after it, everything is stored; the GC log
 * says how much heap was used.
 */
final class BackPressureSection {

  private final BenchContext bench;

  BackPressureSection(BenchContext bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    List<SyntheticFrame> frames = Workload.frames(bench.mode.stallMessages());
    String db = "mdm_bench_stall";
    String hosts = bench.store.uri.substring("mongodb://".length()).split("[/?,]")[0];
    String authority = hosts.substring(hosts.indexOf('@') + 1);
    java.nio.file.Path gc = bench.file("stall-gc.log");
    try (BenchStream stream = new BenchStream(bench.nats);
        TcpProxy proxy = TcpProxy.forMongoUri(bench.store.uri)) {
      stream.preload(frames.stream().map(SyntheticFrame::bytes).toList());
      var env = bench.serviceEnvironment(stream, db, 2);
      env.put("MONGODB_URI", bench.store.uri.replace(authority, "127.0.0.1:" + proxy.port()));
      try (ChildService service =
          ChildService.start(
              env,
              List.of("-Xmx512m", "-Xlog:gc:file=" + gc + "::filecount=0"),
              bench.file("stall.log"))) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (ackFloor(stream) < frames.size() / 10) {
          if (!service.alive() || System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "the service did not start consuming; see " + service.log);
          }
          Thread.sleep(20);
        }
        proxy.hold();
        Thread.sleep(1_000);
        long heldFloor = ackFloor(stream);
        long storedAtHold = bench.store.total(db);
        Thread.sleep(bench.mode.stall().toMillis() - 1_000);
        long floorAtEnd = ackFloor(stream);
        long storedAtEnd = bench.store.total(db);
        int unstored = ackedButUnstored(frames, storedSequences(db), floorAtEnd);
        ConsumerInfo during = stream.consumer();
        proxy.release();
        stream.awaitDrained(frames.size(), Duration.ofMinutes(10));
        int missing = ackedButUnstored(frames, storedSequences(db), frames.size());
        bench.finding(
            "stall",
            String.format(
                "%,d messages preloaded; store held for %d s once %,d were acknowledged",
                frames.size(), bench.mode.stall().toSeconds(), frames.size() / 10));
        bench.finding(
            "stall",
            String.format(
                "during the stall: ack floor %,d → %,d, stored documents %,d → %,d,"
                    + " %,d delivered and unacknowledged (bound NATS_MAX_IN_FLIGHT)",
                heldFloor, floorAtEnd, storedAtHold, storedAtEnd, during.getNumAckPending()));
        bench.finding(
            "stall",
            String.format(
                "acknowledged before stored (insert-only messages up to the ack floor without their"
                    + " document): %d during the stall, %d after the drain",
                unstored, missing));
        bench.figure(
            "stall.ackedDuring",
            "acknowledgements during the stall",
            Samples.of(floorAtEnd - heldFloor),
            "msgs");
        bench.figure(
            "stall.unstored",
            "acknowledged but not stored",
            Samples.of(unstored + missing),
            "msgs");
      }
    }
    GcLog log = GcLog.read(gc);
    bench.figure(
        "stall.heap", "heap before GC, peak (-Xmx512m)", Samples.of(log.peakBeforeMb()), "MB");
    bench.finding(
        "stall",
        String.format(
            "GC log: %d collections, peak heap before a collection %d MB, after one %d MB,"
                + " committed at most %d MB",
            log.collections(), log.peakBeforeMb(), log.peakAfterMb(), log.peakCommittedMb()));
    bench.store.drop(db);
  }

  private static long ackFloor(BenchStream stream) {
    ConsumerInfo info = stream.consumer();
    return info == null ? 0 : info.getAckFloor().getStreamSequence();
  }

  private Set<Long> storedSequences(String db) {
    Set<Long> sequences = new HashSet<>();
    for (String collection : bench.store.collections(db)) {
      Flux.from(
              bench
                  .store
                  .database(db)
                  .getCollection(collection)
                  .find()
                  .projection(Projections.include("origin")))
          .toIterable()
          .forEach(
              document -> {
                Document origin = document.get("origin", Document.class);
                if (origin != null && origin.get("p") instanceof Number p) {
                  sequences.add(p.longValue());
                }
              });
    }
    return sequences;
  }

  /**
   * Messages up to {@code floor} whose document should carry their own origin (every type but
   * klines, whose stored candle keeps the latest update's) and is not stored.
   */
  private static int ackedButUnstored(List<SyntheticFrame> frames, Set<Long> stored, long floor) {
    int unstored = 0;
    for (int i = 0; i < Math.min(floor, frames.size()); i++) {
      if (frames.get(i).type() != SyntheticEventType.KLINE && !stored.contains(i + 1L)) {
        unstored++;
      }
    }
    return unstored;
  }
}
