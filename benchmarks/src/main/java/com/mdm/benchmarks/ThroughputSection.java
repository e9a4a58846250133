package com.mdm.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Throughput side by side, each service figure beside its bare baseline on an identically preloaded
 * stream in the same run: the pipeline against the bare jnats loop, the whole service into MongoDB
 * against a bare unordered insertMany of the very documents it stored and against the bare loop.
 */
final class ThroughputSection {

  private final BenchContext bench;
  private boolean warm;

  ThroughputSection(BenchContext bench) {
    this.bench = bench;
  }

  /** One unmeasured round of both, so the JIT has compiled them before anything is measured. */
  private void warmUp() throws Exception {
    if (warm) {
      return;
    }
    warm = true;
    List<byte[]> messages = Workload.messages(20_000);
    bareLoop(messages);
    try (BenchStream stream = new BenchStream(bench.nats)) {
      stream.preload(messages);
      Pipeline.drain(bench.nats, bench.natsUrl, stream, messages.size(), 2);
    }
  }

  void pipeline(int readers, boolean withBaseline) throws Exception {
    warmUp();
    List<byte[]> messages = Workload.messages(bench.mode.pipelineMessages());
    double[] service = new double[bench.mode.runs()];
    double[] bare = new double[bench.mode.runs()];
    for (int run = 0; run < bench.mode.runs(); run++) {
      if (withBaseline) {
        bare[run] = bareLoop(messages);
      }
      try (BenchStream stream = new BenchStream(bench.nats)) {
        stream.preload(messages);
        service[run] =
            Pipeline.drain(bench.nats, bench.natsUrl, stream, messages.size(), readers).perSecond();
      }
    }
    bench.figure(
        "pipeline.r" + readers,
        "pipeline, " + readers + (readers == 1 ? " reader" : " readers") + ", store keeps nothing",
        Samples.of(service),
        "events/s");
    if (withBaseline) {
      bench.figure(
          "bare.jnats.pipeline", "bare jnats loop (pipeline's stream)", Samples.of(bare), "msg/s");
    }
  }

  /**
   * The whole service, warm: warm-up and measured part are both in the stream before the service
   * starts; it drains the warm-up part first (JIT, connection pool, every collection and its
   * indexes created), and the measured part is timed from the poll that first shows the warm-up
   * part acknowledged to the ack floor at its last message. Neither the harness's publishing nor
   * the service's start-up is in the figure.
   */
  void endToEnd(int readers, int replicas, boolean withBaselines) throws Exception {
    int warmUp = bench.mode.endToEndWarmUp();
    List<byte[]> all = Workload.messages(warmUp + bench.mode.endToEndMessages());
    List<byte[]> measured = all.subList(warmUp, all.size());
    double[] service = new double[bench.mode.runs()];
    double[] insert = new double[bench.mode.runs()];
    double[] bare = new double[bench.mode.runs()];
    double[] pipe = new double[bench.mode.runs()];
    for (int run = 0; run < bench.mode.runs(); run++) {
      String db = "mdm_bench_e2e_" + run + "_" + readers + "_" + replicas;
      try (BenchStream stream = new BenchStream(bench.nats)) {
        stream.preload(all);
        List<ChildService> children = new ArrayList<>();
        try {
          for (int i = 0; i < replicas; i++) {
            children.add(
                ChildService.start(
                    bench.serviceEnvironment(stream, db, readers),
                    List.of("-Xmx1g"),
                    bench.file(db + "_replica" + i + ".log")));
          }
          service[run] =
              stream.awaitAcknowledged(warmUp, measured.size(), Duration.ofMinutes(15)).perSecond();
        } finally {
          for (ChildService child : children) {
            child.close();
          }
        }
      }
      if (withBaselines) {
        Map<String, List<Document>> stored = bench.store.documentsAfter(db, warmUp);
        insert[run] = bench.store.bareInsert(stored, db + "_bare");
        bench.store.drop(db + "_bare");
        bare[run] = bareLoop(measured);
        pipe[run] = bareConsumeInsert(measured, stored, warmUp, db + "_pipe");
        bench.store.drop(db + "_pipe");
      }
      bench.store.drop(db);
    }
    String who = replicas == 1 ? "whole service" : replicas + " service replicas";
    bench.figure(
        "e2e.r" + readers + ".x" + replicas,
        who + ", " + readers + (readers == 1 ? " reader" : " readers") + " each, into MongoDB",
        Samples.of(service),
        "events/s");
    if (withBaselines) {
      bench.figure(
          "bare.insert",
          "bare unordered insertMany of the same documents",
          Samples.of(insert),
          "docs/s");
      bench.figure(
          "bare.jnats.e2e", "bare jnats loop (end-to-end's stream)", Samples.of(bare), "msg/s");
      bench.figure(
          "bare.pipe",
          "bare consume, insertMany and ack of the same documents (end-to-end's stream)",
          Samples.of(pipe),
          "msg/s");
    }
  }

  /**
   * The bare consume-insert-ack loop over {@code measured} in a stream of its own, each message
   * writing the document the service stored for it ({@code stored}, keyed there by the service's
   * stream sequence, {@code warmUp} ahead of this stream's).
   */
  private double bareConsumeInsert(
      List<byte[]> measured, Map<String, List<Document>> stored, int warmUp, String db)
      throws Exception {
    Map<Long, BareConsumeInsertLoop.Stored> bySequence = new HashMap<>();
    stored.forEach(
        (collection, documents) ->
            documents.forEach(
                document -> {
                  long sequence =
                      document.get("origin", Document.class).get("p", Number.class).longValue();
                  bySequence.put(
                      sequence - warmUp, new BareConsumeInsertLoop.Stored(collection, document));
                }));
    try (BenchStream stream = new BenchStream(bench.nats)) {
      stream.preload(measured);
      return BareConsumeInsertLoop.drain(
              bench.nats, stream, bench.store.database(db), bySequence, measured.size())
          .perSecond();
    }
  }

  private double bareLoop(List<byte[]> messages) throws Exception {
    try (BenchStream stream = new BenchStream(bench.nats)) {
      stream.preload(messages);
      return BareJetStreamLoop.drain(bench.nats, stream, messages.size()).perSecond();
    }
  }
}
